package cl.redlim.transparency.query.web;

import cl.redlim.platform.security.EndpointRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Requesters' personal data is for auditors (Contraloría, internal audit) only. */
@Component
class TransparencyAuditEndpointRoles implements EndpointRoles {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
        endpoints.requestMatchers(HttpMethod.GET, "/api/v1/audit/access-requests/*").hasRole("AUDITOR");
    }
}
