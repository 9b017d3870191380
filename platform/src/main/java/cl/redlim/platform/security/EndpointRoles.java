package cl.redlim.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each context declares which role may call its command endpoints, next to its controllers. The rules are checked
 * by the security filter chain, before a body is read, so a caller without the role learns nothing but 403.
 */
public interface EndpointRoles {

    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints);
}
