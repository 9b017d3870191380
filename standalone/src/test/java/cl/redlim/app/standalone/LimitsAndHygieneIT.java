package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Rate limits, body limits, closed CORS and security headers, as a client meets them. */
class LimitsAndHygieneIT {

    @TempDir
    Path data;

    @Test
    void limitsAndHeadersHold() {
        try (RunningSystem system = RunningSystem.start(data, "--redlim.limits.requests-per-second=1",
                "--redlim.limits.burst=3")) {
            RunningSystem.Client admin = system.admin();
            String body = "{\"group\": 2, \"rurality\": \"MIXED\"}";
            long events = system.storedEvents();

            Response first = admin.put("/api/v1/territory/communes/13119/classification", body);
            assertThat(first.status()).isEqualTo(204);
            assertThat(first.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(first.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(first.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
            assertThat(first.headers().firstValue("X-Correlation-Id")).isPresent();

            // a burst of 3 at 1 per second: a slow machine may refill a token between two requests, so keep asking
            // (the same classification, which records nothing again) until the limit answers
            Response limited = admin.put("/api/v1/territory/communes/13119/classification", body);
            for (int i = 0; i < 20 && limited.status() != 429; i++) {
                assertThat(limited.status()).isEqualTo(204);
                limited = admin.put("/api/v1/territory/communes/13119/classification", body);
            }
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.code()).isEqualTo("TOO_MANY_REQUESTS");
            assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
            assertThat(system.storedEvents()).isEqualTo(events + 1);

            // the limit is per credential: anonymous public reads have their own bucket
            assertThat(system.await("/api/v1/public/territory/communes/13119", j -> true).get("cut").asText())
                    .isEqualTo("13119");
        }
    }

    @Test
    void oversizedBodiesAndForeignOriginsAreRefused() {
        try (RunningSystem system = RunningSystem.start(data)) {
            long events = system.storedEvents();
            String huge = "{\"group\": 2, \"rurality\": \"MIXED\", \"pad\": \"" + "x".repeat(1_100_000) + "\"}";
            Response tooLarge = system.admin().put("/api/v1/territory/communes/13119/classification", huge);
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.code()).isEqualTo("PAYLOAD_TOO_LARGE");

            Response preflight = system.send(HttpRequest.newBuilder(URI.create(system.base()
                            + "/api/v1/fund-calls"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://evil.example")
                    .header("Access-Control-Request-Method", "POST"));
            assertThat(preflight.status()).isEqualTo(403);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();

            Response crossOriginRead = system.send(HttpRequest.newBuilder(URI.create(system.base()
                    + "/api/v1/public/territory/communes/13119")).header("Origin", "https://evil.example").GET());
            assertThat(crossOriginRead.header("Access-Control-Allow-Origin")).isNull();
            assertThat(system.storedEvents()).isEqualTo(events);
        }
    }
}
