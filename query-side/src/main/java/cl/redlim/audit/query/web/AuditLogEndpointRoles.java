package cl.redlim.audit.query.web;

import cl.redlim.platform.security.EndpointRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The feed, traces and proofs are for auditors; administrators may read them and sign a head too. */
@Component
class AuditLogEndpointRoles implements EndpointRoles {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
        endpoints.requestMatchers(HttpMethod.GET, "/api/v1/audit/events", "/api/v1/audit/trace", "/api/v1/audit/log",
                "/api/v1/audit/log/**").hasAnyRole("AUDITOR", "ADMIN");
        endpoints.requestMatchers(HttpMethod.POST, "/api/v1/audit/log/tree-heads").hasAnyRole("AUDITOR", "ADMIN");
    }
}
