package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Client;
import cl.redlim.app.standalone.RunningSystem.Response;
import cl.redlim.access.api.IdempotentRequestRecordedEvent;
import cl.redlim.fund.api.FundCallPublishedEvent;
import cl.redlim.fund.api.FundCallTerms;
import cl.redlim.fund.api.GroupCap;
import cl.redlim.fund.api.ScoringCriterion;
import cl.redlim.kernel.Clp;
import cl.redlim.territory.api.CommuneGroup;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding read models, blue/green, against the real standalone system: every group compared with its live
 * read model after the demo, a swap while commands keep arriving (and the read models still follow new commands
 * afterwards), and a rebuild of more than 100,000 events.
 */
class ReadModelRebuildIT {

    private static final String REBUILDS = "/api/v1/admin/read-model-rebuilds";

    @TempDir
    Path demo;

    @TempDir
    Path large;

    /** A finished rebuild, and the eventsDone values seen while it ran. */
    private record Finished(JsonNode view, List<Long> eventsDoneSeen, long eventsTotalSeen) {
    }

    @Test
    void everyReadModelRebuildsIdenticalAndSwapsWhileCommandsArrive() throws Exception {
        int callsBefore;
        try (RunningSystem system = RunningSystem.start(demo, "--redlim.demo=true")) {
            system.await("/api/v1/public/fund-applications?size=200", j -> j.get("totalItems").asInt() == 48);
            system.await("/api/v1/public/certification-progress?programme=agentes-innovacion-publica",
                    j -> j.get("certified").asInt() == 9);
            Client admin = system.admin();

            JsonNode models = admin.get("/api/v1/admin/read-models").json().get("items");
            Set<String> rebuildable = new TreeSet<>();
            models.forEach(m -> {
                if (m.get("rebuildable").asBoolean()) {
                    rebuildable.add(m.get("group").asText());
                }
            });
            assertThat(rebuildable).contains("fund-calls", "fund-applications", "territory-communes", "ocds",
                    "procurement-processes", "document-documents", "document-case-files", "active-transparency",
                    "transparency-access-requests", "transparency-access-requesters", "certification-progress",
                    "certification-validity", "certification-credentials");
            assertThat(models.toString()).doesNotContain("certification-revocation-list", "transparency-deadline-recomputation");
            JsonNode fundCalls = find(models, "fund-calls");
            assertThat(fundCalls.get("collections")).extracting(JsonNode::asText).containsExactly("fund_calls");
            assertThat(fundCalls.get("status").asText()).isEqualTo("RUNNING");
            assertThat(fundCalls.get("segments").get(0).get("position").asLong()).isPositive();

            // refused: unknown group, malformed mode, a second rebuild while one runs
            Response unknown = admin.post(REBUILDS, "{\"groups\": [\"no-such-group\"], \"mode\": \"compare\"}");
            assertThat(unknown.status()).isEqualTo(422);
            assertThat(unknown.code()).isEqualTo("UNKNOWN_READ_MODEL");
            assertThat(admin.post(REBUILDS, "{\"mode\": \"sideways\"}").status()).isEqualTo(400);

            // compare every group: identical to the live read models
            Response started = admin.post(REBUILDS, "{\"mode\": \"compare\"}");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            assertThat(started.location()).startsWith(REBUILDS + "/");
            Response second = admin.post(REBUILDS, "{\"groups\": [\"fund-calls\"], \"mode\": \"compare\"}");
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.code()).isEqualTo("REBUILD_ALREADY_RUNNING");
            assertThat(second.contentType()).contains("application/problem+json");
            Finished compared = follow(system, started.location());
            assertDoneAndIdentical(compared.view(), rebuildable);
            assertThat(compared.view().get("comparison").get("documentsCompared").asLong()).isGreaterThan(500);
            assertThat(compared.view().get("eventsTotal").asLong()).isPositive();
            assertThat(compared.view().get("eventsDone").asLong()).isEqualTo(compared.view().get("eventsTotal").asLong());

            // swap every group while an officer keeps publishing calls
            String officer = system.issue("{\"client\": \"Oficina del FIM\", \"role\": \"fund-officer\"}");
            List<String> published = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            Thread traffic = new Thread(() -> {
                while (!stop.get()) {
                    Response r = system.as(officer).post("/api/v1/fund-calls", callBody("Durante el rebuild"));
                    if (r.status() == 201) {
                        published.add(r.json().get("id").asText());
                    }
                }
            });
            traffic.start();
            Finished swapped;
            try {
                swapped = follow(system, start(admin, "{\"mode\": \"swap\"}"));
            } finally {
                stop.set(true);
                traffic.join();
            }
            assertThat(swapped.view().get("state").asText()).as(swapped.view().toString()).isEqualTo("DONE");
            assertThat(swapped.view().get("livePausedMillis").asLong()).isNotNegative();
            assertThat(published).isNotEmpty();
            System.out.printf("%nRebuild (swap) of %d groups while %d calls were published: %s events, %.0f ev/s, "
                            + "live processors paused %d ms%n", rebuildable.size(), published.size(),
                    swapped.view().get("eventsDone"), swapped.view().get("eventsPerSecond").asDouble(),
                    swapped.view().get("livePausedMillis").asLong());

            // the swapped read models follow new commands: every call published during and after the swap shows
            String after = system.as(officer).post("/api/v1/fund-calls", callBody("Después del rebuild"))
                    .json().get("id").asText();
            assertThat(admin.put("/api/v1/territory/communes/13101/classification",
                    "{\"group\": 3, \"rurality\": \"MIXED\"}").status()).isEqualTo(204);
            system.await("/api/v1/public/fund-calls/" + after, j -> j.get("title").asText().equals("Después del rebuild"));
            system.await("/api/v1/public/territory/communes/13101", j -> j.get("group").asInt() == 3);
            for (String id : published) {
                system.await("/api/v1/public/fund-calls/" + id, j -> true);
            }

            // and a comparison now finds the swapped read models identical to a fresh rebuild
            Finished again = follow(system, start(admin, "{}"));
            assertDoneAndIdentical(again.view(), rebuildable);
            callsBefore = system.get("/api/v1/public/fund-calls").json().get("items").size();
        }
        // the swapped read models are still there after a restart
        try (RunningSystem restarted = RunningSystem.start(demo)) {
            assertThat(restarted.get("/api/v1/public/fund-calls").json().get("items")).hasSize(callsBefore);
            assertThat(restarted.get("/api/v1/public/certification-progress?programme=agentes-innovacion-publica")
                    .json().get("certified").asInt()).isEqualTo(9);
            assertThat(restarted.get("/api/v1/public/fund-applications?size=200").json().get("totalItems").asInt())
                    .isEqualTo(48);
        }
    }

    /**
     * More than 100,000 events appended straight into the event store, as the command side records them: 50,000
     * fund calls published (two read models write for each) and 50,000 idempotency records (no read model handles
     * them; every idempotent command records one). Then every group is rebuilt and compared. Published calls because
     * their projections write by {@code _id} only: on mongo-java-server an update filtered on {@code _id} and
     * {@code version} slowed down with the collection's size, which would measure that, not the rebuild.
     */
    @Test
    void aHundredThousandEventsRebuildIdenticalWithVisibleProgress() throws Exception {
        try (RunningSystem system = RunningSystem.start(large)) {
            system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
            EventStore store = system.context().getBean(EventStore.class);
            int calls = 50_000;
            Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
            List<EventMessage<?>> batch = new ArrayList<>();
            long seeding = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                String id = UUID.randomUUID().toString();
                Instant at = t0.plusSeconds(i * 60L);
                batch.add(event("FundCall", id, new FundCallPublishedEvent(id, terms("Convocatoria " + i, at), at)));
                String record = "seed-" + UUID.randomUUID();
                batch.add(event("IdempotencyRecord", record, new IdempotentRequestRecordedEvent(record, "seed",
                        "fingerprint-" + i, 201, "/api/v1/fund-calls/" + id, null, "{}", at, at.plusSeconds(86_400))));
                if (batch.size() >= 2_000) {
                    store.publish(batch);
                    batch.clear();
                }
            }
            store.publish(batch);
            long stored = system.storedEvents();
            assertThat(stored).isGreaterThanOrEqualTo(100_000);
            System.out.printf("%nSeeded %d events in %d ms%n", calls * 2, (System.nanoTime() - seeding) / 1_000_000);

            // the live read models first take the new events in, so that the rate measured is the rebuild's own
            long catchingUp = System.nanoTime();
            awaitLiveProcessorsAt(system, system.storedEvents());
            System.out.printf("%nLive processors took %d ms more to process them%n",
                    (System.nanoTime() - catchingUp) / 1_000_000);

            Finished done = follow(system, start(system.admin(), "{\"mode\": \"compare\"}"));
            JsonNode view = done.view();
            assertThat(view.get("state").asText()).as(view.toString()).isEqualTo("DONE");
            assertThat(view.get("comparison").get("identical").asBoolean()).as(view.toString()).isTrue();
            assertThat(view.get("eventsDone").asLong()).isGreaterThanOrEqualTo(100_000);
            assertThat(done.eventsTotalSeen()).isGreaterThanOrEqualTo(100_000);
            // progress was visible while it ran: eventsDone grew between two looks
            assertThat(done.eventsDoneSeen()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(done.eventsDoneSeen().get(done.eventsDoneSeen().size() - 1))
                    .isGreaterThan(done.eventsDoneSeen().get(0));
            JsonNode callsCompared = null;
            for (JsonNode c : view.get("comparison").get("collections")) {
                if (c.get("collection").asText().equals("fund_calls")) {
                    callsCompared = c;
                }
            }
            assertThat(callsCompared).isNotNull();
            assertThat(callsCompared.get("documentsCompared").asLong()).isEqualTo(calls);
            System.out.printf("%nRebuild (compare) of every group over %d stored events: %.0f events/s, "
                            + "live processors paused %d ms, %d documents compared%n", stored,
                    view.get("eventsPerSecond").asDouble(), view.get("livePausedMillis").asLong(),
                    view.get("comparison").get("documentsCompared").asLong());

            // the same 100,000+ events, exported and verified offline with the CLI; then one byte changed
            String auditor = system.issue("{\"client\": \"Contraloría\", \"role\": \"auditor\"}");
            LogExports.awaitLogHasEveryEvent(system, auditor, Duration.ofMinutes(3));
            LogExports.Verification clean = LogExports.verify(LogExports.export(system, auditor, large.resolve("clean")));
            assertThat(clean.exitCode()).as(clean.output()).isZero();
            long logged = system.storedEvents();
            assertThat(logged).isGreaterThanOrEqualTo(100_000);
            System.out.printf("%nOffline verifier over %d events: %d ms, %.0f events/s%n", logged, clean.millis(),
                    logged * 1000.0 / Math.max(1, clean.millis()));

            javax.sql.DataSource events = system.context().getBean(javax.sql.DataSource.class);
            LogExports.StoredRow victim = LogExports.changeOneByte(events, 77_777);
            LogExports.Verification tampered = LogExports.verify(LogExports.export(system, auditor, large.resolve("tampered")));
            assertThat(tampered.exitCode()).as(tampered.output()).isEqualTo(1);
            assertThat(tampered.firstFailure()).contains(victim.eventId());
            LogExports.setPayload(events, victim.position(), victim.payload());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static String start(Client admin, String body) {
        Response r = admin.post(REBUILDS, body);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.location();
    }

    /** Polls a rebuild until it is DONE or FAILED, noting the progress seen while it ran. */
    private static Finished follow(RunningSystem system, String location) throws InterruptedException {
        // generous: a deadline is a hang detector, not a speed claim, and shared machines have run this past 3 minutes
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        List<Long> done = new ArrayList<>();
        long total = 0;
        while (System.nanoTime() < deadline) {
            Response r = system.admin().get(location);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode view = r.json();
            String state = view.get("state").asText();
            if (state.equals("DONE") || state.equals("FAILED")) {
                return new Finished(view, done, total);
            }
            if (state.equals("RUNNING")) {
                done.add(view.get("eventsDone").asLong());
                total = Math.max(total, view.get("eventsTotal").asLong());
                assertThat(view.get("eventsTotal").asLong()).isPositive();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The rebuild at " + location + " did not finish");
    }

    /** Waits until every rebuildable group's live processor has processed this many events. */
    private static void awaitLiveProcessorsAt(RunningSystem system, long events) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        JsonNode models = null;
        while (System.nanoTime() < deadline) {
            models = system.admin().get("/api/v1/admin/read-models").json().get("items");
            boolean all = true;
            for (JsonNode m : models) {
                if (m.get("rebuildable").asBoolean()) {
                    JsonNode segment = m.get("segments").get(0);
                    all &= segment != null && segment.get("position").asLong() >= events;
                }
            }
            if (all) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The live processors did not reach " + events + " events: " + models);
    }

    private static void assertDoneAndIdentical(JsonNode view, Set<String> groups) {
        assertThat(view.get("state").asText()).as(view.toString()).isEqualTo("DONE");
        assertThat(view.get("comparison").get("identical").asBoolean()).as(view.get("comparison").toString()).isTrue();
        assertThat(view.get("groups")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(groups);
        assertThat(view.get("comparison").get("differences")).isEmpty();
    }

    private static JsonNode find(JsonNode models, String group) {
        for (JsonNode m : models) {
            if (m.get("group").asText().equals(group)) {
                return m;
            }
        }
        throw new AssertionError("No group " + group + " in " + models);
    }

    private static String callBody(String title) {
        Instant now = Instant.now();
        return """
                {"title": "%s", "totalBudget": 500000000,
                 "groupCaps": [{"group": 1, "cap": 100000000}, {"group": 2, "cap": 100000000},
                               {"group": 3, "cap": 100000000}, {"group": 4, "cap": 100000000},
                               {"group": 5, "cap": 100000000}],
                 "opensAt": "%s", "closesAt": "%s",
                 "criteria": [{"id": "impact", "name": "Valor público", "weight": 100}],
                 "minimumScore": 60}""".formatted(title, now.minusSeconds(60), now.plus(Duration.ofDays(30)));
    }

    private static FundCallTerms terms(String title, Instant at) {
        return new FundCallTerms(title, Clp.of(500_000_000),
                java.util.stream.IntStream.rangeClosed(1, 5)
                        .mapToObj(g -> new GroupCap(CommuneGroup.of(g), Clp.of(100_000_000))).toList(),
                at.plus(Duration.ofDays(1)), at.plus(Duration.ofDays(31)),
                List.of(new ScoringCriterion("impact", "Valor público", 100)), 60);
    }

    /** The first event of a new aggregate, as the command side would record it. */
    private static EventMessage<?> event(String type, String aggregateId, Object payload) {
        return new GenericDomainEventMessage<>(type, aggregateId, 0, payload, MetaData.emptyInstance());
    }
}
