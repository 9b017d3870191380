package cl.redlim.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's cover page; the operations come from the controllers. */
@Configuration(proxyBeanMethods = false)
public class OpenApiDocument {

    @Bean
    OpenAPI redlimOpenApi(@Value("${redlim.api.title:RedLIM API}") String title) {
        return new OpenAPI().info(new Info()
                .title(title)
                .version("v1")
                .description("""
                        Event-sourced backend of Chile's National Network of Municipal Innovation Labs (RedLIM).
                        Commands under /api/v1 record facts; /api/v1/public serves the transparency read models.
                        Every error is RFC 9457 application/problem+json with a stable `code`."""));
    }
}
