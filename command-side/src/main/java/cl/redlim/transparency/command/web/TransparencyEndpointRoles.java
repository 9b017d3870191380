package cl.redlim.transparency.command.web;

import cl.redlim.platform.security.EndpointRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Municipal integrators receive and handle their municipality's requests (the aggregate checks the scope);
 * administrators register holidays.
 */
@Component
class TransparencyEndpointRoles implements EndpointRoles {

    private static final String REQUEST = "/api/v1/access-requests/*";

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
        endpoints.requestMatchers(HttpMethod.POST, "/api/v1/access-requests", REQUEST + "/extension",
                        REQUEST + "/transfer", REQUEST + "/third-party-oppositions", REQUEST + "/answer",
                        REQUEST + "/answer/documents", REQUEST + "/amparo", REQUEST + "/amparo/resolution")
                .hasRole("INTEGRATOR");
        endpoints.requestMatchers(HttpMethod.POST, "/api/v1/transparency/holidays").hasRole("ADMIN");
    }
}
