package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Response;
import cl.redlim.faults.query.PoisonProbeProjection;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection that throws on one event: the event is parked in its group's dead-letter queue with the later events
 * of the same aggregate, every other event keeps reaching every read model (the failing one's too), administrators
 * see the letter and retry it, and once the cause is fixed the retry brings the read model up to date.
 */
class PoisonEventIT {

    @TempDir
    Path data;

    @Test
    void aPoisonEventIsParkedTheStreamFlowsAndARetryAfterTheFixProcessesIt() {
        try (RunningSystem system = RunningSystem.start(data, "--redlim.test.poison-probe=true")) {
            system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
            RunningSystem.Client office = system.as(system.issue("{\"client\": \"FIM\", \"role\": \"fund-officer\"}"));
            MongoCollection<Document> probe = system.context().getBean(MongoDatabase.class)
                    .getCollection(PoisonProbeProjection.COLLECTION);

            String before = publish(office, "Convocatoria A");
            String poison = publish(office, "Convocatoria POISON");
            ok(office.post("/api/v1/fund-calls/" + poison + "/closure", ""));
            String after = publish(office, "Convocatoria B");
            ok(office.post("/api/v1/fund-calls/" + after + "/closure", ""));

            // the rest of the stream flows: in the failing group, and in the others (the poison call included)
            system.await("/api/v1/public/fund-calls/" + poison, j -> j.get("status").asText().equals("CLOSED"));
            system.await("/api/v1/public/fund-calls/" + after, j -> j.get("status").asText().equals("CLOSED"));
            awaitProbe(probe, after, d -> Boolean.TRUE.equals(d.getBoolean("closed")));
            assertThat(probe.find(new Document("_id", before)).first()).isNotNull();
            assertThat(probe.find(new Document("_id", poison)).first()).isNull();

            // the letter, and the poison call's later event parked behind it, for administrators only
            JsonNode letters = awaitLetters(system, 2);
            JsonNode first = letters.get(0);
            JsonNode second = letters.get(1);
            assertThat(first.get("group").asText()).isEqualTo(PoisonProbeProjection.GROUP);
            assertThat(first.get("eventType").asText()).isEqualTo("cl.redlim.fund.api.FundCallPublishedEvent");
            assertThat(first.get("aggregateId").asText()).isEqualTo(poison);
            assertThat(first.get("retryable").asBoolean()).isTrue();
            assertThat(first.get("causeType").asText()).isEqualTo(IllegalStateException.class.getName());
            assertThat(first.get("causeMessage").asText()).contains("cannot handle call " + poison);
            assertThat(second.get("eventType").asText()).isEqualTo("cl.redlim.fund.api.FundCallClosedEvent");
            assertThat(second.get("aggregateId").asText()).isEqualTo(poison);
            assertThat(second.get("positionInSequence").asInt()).isEqualTo(1);
            assertThat(second.get("retryable").asBoolean()).isFalse();
            assertThat(office.get("/api/v1/admin/dead-letters").status()).isEqualTo(403);
            assertThat(system.get("/api/v1/admin/dead-letters").status()).isEqualTo(401);
            assertThat(system.admin().get("/api/v1/admin/dead-letters?group=fund-calls").json().get("total").asInt())
                    .isZero();

            String retry = "/api/v1/admin/dead-letters/" + PoisonProbeProjection.GROUP + "/";
            Response notFirst = system.admin().post(retry + second.get("id").asText() + "/retry", "");
            assertThat(notFirst.status()).isEqualTo(409);
            assertThat(notFirst.code()).isEqualTo("DEAD_LETTER_NOT_FIRST");
            Response unknown = system.admin().post(retry + "no-such-letter/retry", "");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(system.admin().post("/api/v1/admin/dead-letters/no-such-group/x/retry", "").code())
                    .isEqualTo("UNKNOWN_READ_MODEL");

            // retried before the fix: it fails again and stays, first in its sequence
            Response again = system.admin().post(retry + first.get("id").asText() + "/retry", "");
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(again.json().get("processed").asBoolean()).isFalse();
            assertThat(again.json().at("/deadLetter/causeMessage").asText()).contains(poison);
            assertThat(letters(system)).hasSize(2);

            // the fix is deployed: the retry processes the letter and the one behind it, in order
            system.context().getBean(PoisonProbeProjection.class).fix();
            Response fixed = system.admin().post(retry + first.get("id").asText() + "/retry", "");
            assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
            assertThat(fixed.json().get("processed").asBoolean()).isTrue();
            assertThat(letters(system)).isEmpty();
            Document healed = probe.find(new Document("_id", poison)).first();
            assertThat(healed).isNotNull();
            assertThat(healed.getString("title")).isEqualTo("Convocatoria POISON");
            assertThat(healed.getBoolean("closed")).isTrue();

            // and the group goes on with new events of that aggregate, no longer parked
            publish(office, "Convocatoria C");
            assertThat(letters(system)).isEmpty();
        }
    }

    private static String publish(RunningSystem.Client office, String title) {
        Response r = office.post("/api/v1/fund-calls", """
                {"title": "%s", "totalBudget": 100000000,
                 "groupCaps": [{"group":1,"cap":1},{"group":2,"cap":1},{"group":3,"cap":1},{"group":4,"cap":1},
                               {"group":5,"cap":1}],
                 "opensAt": "%s", "closesAt": "%s",
                 "criteria": [{"id":"impact","name":"Impact","weight":100}], "minimumScore": 50}"""
                .formatted(title, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(10))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static List<JsonNode> letters(RunningSystem system) {
        Response r = system.admin().get("/api/v1/admin/dead-letters");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        r.json().get("items").forEach(items::add);
        assertThat(r.json().get("total").asInt()).isEqualTo(items.size());
        return items;
    }

    private static JsonNode awaitLetters(RunningSystem system, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Response r = system.admin().get("/api/v1/admin/dead-letters");
            if (r.status() == 200 && r.json().get("total").asInt() >= count) {
                return r.json().get("items");
            }
            pause();
        }
        throw new AssertionError("Fewer than " + count + " dead letters: " + system.admin().get("/api/v1/admin/dead-letters").body());
    }

    private static void awaitProbe(MongoCollection<Document> probe, String id, java.util.function.Predicate<Document> ok) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Document d = probe.find(new Document("_id", id)).first();
            if (d != null && ok.test(d)) {
                return;
            }
            pause();
        }
        throw new AssertionError("The probe never got call " + id);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void ok(Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 299);
    }
}
