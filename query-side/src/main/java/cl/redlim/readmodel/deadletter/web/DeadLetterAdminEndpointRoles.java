package cl.redlim.readmodel.deadletter.web;

import cl.redlim.platform.security.EndpointRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Dead letters hold events of every context, the reserved ones too; a retry changes read models: administrators. */
@Component
class DeadLetterAdminEndpointRoles implements EndpointRoles {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
        endpoints.requestMatchers(HttpMethod.GET, "/api/v1/admin/dead-letters").hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/v1/admin/dead-letters/*/*/retry").hasRole("ADMIN");
    }
}
