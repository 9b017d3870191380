package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Safe retries (Idempotency-Key) and optimistic concurrency (ETag / If-Match), over HTTP, across a restart. */
class IdempotencyAndConcurrencyIT {

    @TempDir
    Path data;

    private RunningSystem system;
    private String office;
    private String maipu;

    private String setUp() {
        system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
        office = system.issue("{\"client\": \"FIM\", \"role\": \"fund-officer\"}");
        maipu = system.issue("{\"client\": \"Maipú\", \"role\": \"integrator\", \"communes\": [\"13119\"]}");
        assertThat(system.admin().put("/api/v1/territory/communes/13119/classification",
                "{\"group\": 2, \"rurality\": \"MIXED\"}").status()).isEqualTo(204);
        Response call = system.as(office).post("/api/v1/fund-calls", """
                {"title": "Idempotency call", "totalBudget": 100000000,
                 "groupCaps": [{"group":1,"cap":1},{"group":2,"cap":100000000},{"group":3,"cap":1},{"group":4,"cap":1},
                               {"group":5,"cap":1}],
                 "opensAt": "%s", "closesAt": "%s",
                 "criteria": [{"id":"impact","name":"Impact","weight":100}], "minimumScore": 50}"""
                .formatted(Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(10))));
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        return call.json().get("id").asText();
    }

    private static String draft(String call, String title) {
        return """
                {"callId": "%s", "commune": "13119", "title": "%s", "description": "D",
                 "requestedAmount": 1000000, "beneficiaries": 10}""".formatted(call, title);
    }

    @Test
    void retriesRaceAndRestartsNeverRecordTwice() throws Exception {
        system = RunningSystem.start(data);
        String app;
        try {
            String call = setUp();
            RunningSystem.Client city = system.as(maipu).with("Idempotency-Key", "draft-1");

            long before = system.storedEvents();
            Response first = city.post("/api/v1/fund-applications", draft(call, "Uno"));
            assertThat(first.status()).isEqualTo(201);
            long afterFirst = system.storedEvents();
            assertThat(afterFirst).isEqualTo(before + 2); // the draft, and the memory of its answer

            Response retry = city.post("/api/v1/fund-applications", draft(call, "Uno"));
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.body()).isEqualTo(first.body());
            assertThat(retry.location()).isEqualTo(first.location());
            assertThat(system.storedEvents()).isEqualTo(afterFirst);

            Response reused = city.post("/api/v1/fund-applications", draft(call, "Otro"));
            assertThat(reused.status()).isEqualTo(422);
            assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
            assertThat(system.storedEvents()).isEqualTo(afterFirst);

            // the same key is another key for another principal
            String other = system.issue("{\"client\": \"Maipú 2\", \"role\": \"integrator\", \"communes\": [\"13119\"]}");
            Response otherPrincipal = system.as(other).with("Idempotency-Key", "draft-1")
                    .post("/api/v1/fund-applications", draft(call, "Otro"));
            assertThat(otherPrincipal.status()).isEqualTo(201);
            assertThat(otherPrincipal.json().get("id").asText()).isNotEqualTo(first.json().get("id").asText());

            // eight identical requests at once: one draft, eight identical answers
            long beforeRace = system.storedEvents();
            List<Response> answers = Race.of(8, i -> () -> system.as(maipu).with("Idempotency-Key", "draft-race")
                    .post("/api/v1/fund-applications", draft(call, "Carrera")));
            Set<String> bodies = new HashSet<>();
            answers.forEach(a -> {
                assertThat(a.status()).as(a.body()).isEqualTo(201);
                bodies.add(a.body());
            });
            assertThat(bodies).hasSize(1);
            assertThat(system.storedEvents()).isEqualTo(beforeRace + 2);

            app = first.json().get("id").asText();
            Response submitted = system.as(maipu).with("Idempotency-Key", "submit-1")
                    .post("/api/v1/fund-applications/" + app + "/submission", "");
            assertThat(submitted.status()).isEqualTo(204);
        } finally {
            system.close();
        }

        // a restart between the request and its retry changes nothing
        system = RunningSystem.start(data);
        try {
            long events = system.storedEvents();
            Response retried = system.as(maipu).with("Idempotency-Key", "submit-1")
                    .post("/api/v1/fund-applications/" + app + "/submission", "");
            assertThat(retried.status()).isEqualTo(204);
            assertThat(system.storedEvents()).isEqualTo(events);
            Response withoutKey = system.as(maipu).post("/api/v1/fund-applications/" + app + "/submission", "");
            assertThat(withoutKey.code()).isEqualTo("INVALID_STATE_TRANSITION");
            assertThat(system.storedEvents()).isEqualTo(events);
        } finally {
            system.close();
        }
    }

    @Test
    void ifMatchRefusesAChangeToAResourceThatMovedOn() throws Exception {
        system = RunningSystem.start(data);
        try {
            String call = setUp();
            Response drafted = system.as(maipu).post("/api/v1/fund-applications", draft(call, "Versionada"));
            String id = drafted.json().get("id").asText();
            var etag = system.await("/api/v1/public/fund-applications/" + id, j -> true);
            Response view = system.get("/api/v1/public/fund-applications/" + id);
            assertThat(view.status()).isEqualTo(200);
            String version = system.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    system.base() + "/api/v1/public/fund-applications/" + id)).GET()).etag();
            assertThat(version).isEqualTo("\"0\"");
            assertThat(etag.get("version").asLong()).isZero();

            Response submitted = system.as(maipu).with("If-Match", version)
                    .post("/api/v1/fund-applications/" + id + "/submission", "");
            assertThat(submitted.status()).isEqualTo(204);
            assertThat(submitted.etag()).isEqualTo("\"1\"");

            long events = system.storedEvents();
            Response stale = system.as(office).with("If-Match", version, "Content-Type", "application/json")
                    .post("/api/v1/fund-applications/" + id + "/admissibility", "{\"admissible\": true}");
            assertThat(stale.status()).isEqualTo(412);
            assertThat(stale.code()).isEqualTo("PRECONDITION_FAILED");
            assertThat(system.storedEvents()).isEqualTo(events);

            Response malformed = system.as(office).with("If-Match", "version seven")
                    .post("/api/v1/fund-applications/" + id + "/admissibility", "{\"admissible\": true}");
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(system.storedEvents()).isEqualTo(events);

            Response current = system.as(office).with("If-Match", "\"1\"")
                    .post("/api/v1/fund-applications/" + id + "/admissibility", "{\"admissible\": true}");
            assertThat(current.status()).isEqualTo(204);
            assertThat(current.etag()).isEqualTo("\"2\"");
        } finally {
            system.close();
        }
    }

    @Test
    void aKeyIsForgottenAfterItsTimeToLive() throws Exception {
        system = RunningSystem.start(data, "--redlim.idempotency.ttl=1s");
        try {
            String call = setUp();
            RunningSystem.Client city = system.as(maipu).with("Idempotency-Key", "short-lived");
            Response first = city.post("/api/v1/fund-applications", draft(call, "Uno"));
            Thread.sleep(1_500);
            Response later = city.post("/api/v1/fund-applications", draft(call, "Uno"));
            assertThat(later.status()).isEqualTo(201);
            assertThat(later.json().get("id").asText()).isNotEqualTo(first.json().get("id").asText());
        } finally {
            system.close();
        }
    }
}
