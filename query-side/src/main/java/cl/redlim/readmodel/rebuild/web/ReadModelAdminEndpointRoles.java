package cl.redlim.readmodel.rebuild.web;

import cl.redlim.platform.security.EndpointRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Rebuilding read models pauses their processors: administrators only. */
@Component
class ReadModelAdminEndpointRoles implements EndpointRoles {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
        endpoints.requestMatchers(HttpMethod.GET, "/api/v1/admin/read-models", "/api/v1/admin/read-model-rebuilds/*")
                .hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/v1/admin/read-model-rebuilds").hasRole("ADMIN");
    }
}
