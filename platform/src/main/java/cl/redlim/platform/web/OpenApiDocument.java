package cl.redlim.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OpenAPI document's cover page, security schemes, and what every operation can answer besides success: the
 * problem+json errors, and on commands the Idempotency-Key and If-Match headers.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiDocument {

    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI redlimOpenApi(@Value("${redlim.api.title:RedLIM API}") String title) {
        return new OpenAPI().info(new Info()
                        .title(title)
                        .version("v1")
                        .description("""
                                Event-sourced backend of Chile's National Network of Municipal Innovation Labs (RedLIM).
                                Commands under /api/v1 record facts and need a credential; /api/v1/public serves the
                                transparency read models to anyone. Every error is RFC 9457 application/problem+json
                                with a stable `code` (see docs/errors.md)."""))
                .components(new Components()
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-API-Key")
                                .description("An API key issued by an administrator: rlm_<id>.<secret>"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("A token of the configured identity provider, when enabled"))
                        .addSchemas(PROBLEM, new ObjectSchema()
                                .addProperty("type", new StringSchema())
                                .addProperty("title", new StringSchema())
                                .addProperty("status", new IntegerSchema())
                                .addProperty("detail", new StringSchema())
                                .addProperty("instance", new StringSchema())
                                .addProperty("code", new StringSchema().description("stable error code"))));
    }

    @Bean
    OpenApiCustomizer problemsAndCredentials() {
        return api -> api.getPaths().forEach((path, item) -> {
            boolean command = path.startsWith("/api/v1/") && !path.startsWith("/api/v1/public/");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                Map<String, String> errors = new LinkedHashMap<>();
                errors.put("400", "Malformed request or invalid field (MALFORMED_REQUEST, VALIDATION_FAILED)");
                errors.put("404", "No such resource (NOT_FOUND)");
                errors.put("429", "Rate limit exceeded (TOO_MANY_REQUESTS); see Retry-After");
                if (command && operation.getResponses() != null && operation.getResponses().containsKey("200")) {
                    // commands answer 201 with a body when they create, 204 without one otherwise
                    ApiResponse ok = operation.getResponses().remove("200");
                    boolean creates = ok.getContent() != null && !ok.getContent().isEmpty();
                    operation.getResponses().addApiResponse(creates ? "201" : "204", new ApiResponse()
                            .description(creates ? "Created; Location and ETag name the new resource"
                                    : "Done; ETag carries the resource's new version")
                            .content(creates ? ok.getContent() : null));
                }
                if (command) {
                    operation.addSecurityItem(new SecurityRequirement().addList("apiKey"));
                    operation.addSecurityItem(new SecurityRequirement().addList("bearer"));
                    errors.put("401", "No or bad credential (UNAUTHENTICATED)");
                    errors.put("403", "Role or municipality not allowed (FORBIDDEN)");
                    errors.put("409", "Out of order or concurrent change (INVALID_STATE_TRANSITION, ...)");
                    errors.put("412", "If-Match names an old version (PRECONDITION_FAILED)");
                    errors.put("413", "Body over the limit (PAYLOAD_TOO_LARGE)");
                    errors.put("415", "Body is not JSON (UNSUPPORTED_MEDIA_TYPE)");
                    errors.put("422", "A business rule refused it; see code (docs/errors.md)");
                    errors.put("503", "A store is unavailable; nothing was recorded (SERVICE_UNAVAILABLE)");
                    operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                            .description("Makes retries safe: the same key and body get the first answer again")
                            .schema(new StringSchema().maxLength(255)));
                    if (path.contains("{")) {
                        operation.addParametersItem(new HeaderParameter().name("If-Match").required(false)
                                .description("The resource's ETag; the command is refused with 412 if it moved on")
                                .schema(new StringSchema()));
                    }
                }
                errors.forEach((status, description) -> {
                    if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
                        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                                .content(new Content().addMediaType("application/problem+json",
                                        new MediaType().schema(new ObjectSchema().$ref("#/components/schemas/" + PROBLEM)))));
                    }
                });
            }
        });
    }
}
