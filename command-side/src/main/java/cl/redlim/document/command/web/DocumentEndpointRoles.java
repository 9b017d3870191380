package cl.redlim.document.command.web;

import cl.redlim.platform.security.EndpointRoles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the document commands: the municipality's own systems (integrators) load, review, sign, number,
 * distribute and archive its documents and keep its case files; the aggregates check the municipality is in the
 * integrator's scope. Reading a version's content: those integrators, auditors and administrators.
 */
@Component
class DocumentEndpointRoles implements EndpointRoles {

    private static final String DOCUMENT = "/api/v1/documents/*";
    private static final String CASE_FILE = "/api/v1/case-files/*";

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
        endpoints.requestMatchers(HttpMethod.POST, "/api/v1/document-contents", "/api/v1/documents",
                        DOCUMENT + "/versions", DOCUMENT + "/review", DOCUMENT + "/signatures",
                        DOCUMENT + "/numbering", DOCUMENT + "/distribution", DOCUMENT + "/archive",
                        "/api/v1/case-files", CASE_FILE + "/documents", CASE_FILE + "/actions",
                        CASE_FILE + "/parties", CASE_FILE + "/closure")
                .hasRole("INTEGRATOR");
        endpoints.requestMatchers(HttpMethod.GET, DOCUMENT + "/versions/*/content")
                .hasAnyRole("INTEGRATOR", "AUDITOR", "ADMIN");
    }
}
