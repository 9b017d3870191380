package cl.redlim.audit.command.web;

import cl.redlim.platform.security.EndpointRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may read an aggregate's history and past states: auditors, and administrators. */
@Component
class AuditEndpointRoles implements EndpointRoles {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
        endpoints.requestMatchers(HttpMethod.GET, "/api/v1/audit/aggregates/**").hasAnyRole("AUDITOR", "ADMIN");
    }
}
