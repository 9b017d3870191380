package cl.redlim.certification.command.web;

import cl.redlim.platform.security.EndpointRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the certification commands. The municipality's own system (integrator) registers its officials,
 * records a transfer into it, enrols them, records their modules and their withdrawal; the aggregates check the
 * official's municipality is in the integrator's scope. The programme itself is national and run by administrators
 * (ADMIN): it defines and revises programmes, records assessments and drop-outs, certifies, renews and revokes.
 * A dedicated programme role would need a new {@code Role} in the access context; ADMIN stands in for it for now.
 */
@Component
class CertificationEndpointRoles implements EndpointRoles {

    private static final String CERTIFICATION = "/api/v1/certifications/*";

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
        endpoints.requestMatchers(HttpMethod.POST, "/api/v1/officials", "/api/v1/officials/*/transfer",
                        "/api/v1/certifications", CERTIFICATION + "/modules", CERTIFICATION + "/withdrawal")
                .hasRole("INTEGRATOR");
        endpoints.requestMatchers(HttpMethod.POST, "/api/v1/certification-programmes",
                        "/api/v1/certification-programmes/*/revisions", CERTIFICATION + "/drop-out",
                        CERTIFICATION + "/assessments", CERTIFICATION + "/certificate", CERTIFICATION + "/renewal",
                        CERTIFICATION + "/revocation")
                .hasRole("ADMIN");
    }
}
