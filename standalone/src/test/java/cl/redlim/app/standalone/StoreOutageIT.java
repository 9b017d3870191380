package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Response;
import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stores go away under a running system and come back, with no restart of the app. While the event store is
 * down, commands are answered 503 problem+json and record nothing, not even half of a command or the memory of an
 * Idempotency-Key; while the read-model store is down, queries are answered 503 and commands still work. Each
 * recovers by itself once its store is back.
 * <p>
 * How the stores go down, honestly: the H2 event store is shut down for real ({@code SHUTDOWN}) and its file held
 * locked, as another process or a lost volume would, so every connection the pool makes fails inside H2; the
 * embedded MongoDB server is shut down (its sockets closed, its store file closed) and a new one started later on the
 * same port and file, as a restarted mongod would be.
 */
class StoreOutageIT {

    @TempDir
    Path data;

    @Test
    void commandsAnswer503WhileTheEventStoreIsDownRecordNothingAndRecoverByThemselves() throws Exception {
        try (RunningSystem system = RunningSystem.start(data, "--redlim.h2.connection-timeout=5s")) {
            system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
            RunningSystem.Client office = system.as(system.issue("{\"client\": \"FIM\", \"role\": \"fund-officer\"}"));
            String existing = created(office.post("/api/v1/fund-calls", call("Antes del corte")));
            long before = system.storedEvents();
            List<String> existingEvents = StoredEvents.ofAggregate(system, existing);
            String duringOutage = call("Durante el corte");

            try (EventStoreDown down = EventStoreDown.take(system.context().getBean(DataSource.class),
                    data.resolve("events.mv.db"))) {
                RunningSystem.Client keyed = office.with("Idempotency-Key", "call-during-outage");
                unavailable(keyed.post("/api/v1/fund-calls", duringOutage));
                unavailable(office.post("/api/v1/fund-calls/" + existing + "/closure", ""));
                unavailable(keyed.post("/api/v1/fund-calls", duringOutage));
            }

            // back: the very same requests now succeed, by themselves, and are recorded once
            Response retried = eventually(() -> office.with("Idempotency-Key", "call-during-outage")
                    .post("/api/v1/fund-calls", duringOutage), r -> r.status() != 503, Duration.ofSeconds(30));
            String during = created(retried);
            assertThat(office.post("/api/v1/fund-calls/" + existing + "/closure", "").status()).isEqualTo(204);
            assertThat(StoredEvents.ofAggregate(system, existing)).hasSize(existingEvents.size() + 1)
                    .startsWith(existingEvents.toArray(String[]::new));
            // the new call and the memory of its Idempotency-Key, then the closure: nothing from the outage
            assertThat(system.storedEvents()).isEqualTo(before + 3);
            Response replay = office.with("Idempotency-Key", "call-during-outage")
                    .post("/api/v1/fund-calls", duringOutage);
            assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(replay.json().get("id").asText()).isEqualTo(during);
            // and the read models catch up with what happened after the outage
            awaitLong(system, "/api/v1/public/fund-calls/" + existing, r -> r.json().get("status").asText().equals("CLOSED"));
            awaitLong(system, "/api/v1/public/fund-calls/" + during, r -> r.status() == 200);
        }
    }

    @Test
    void queriesAnswer503WhileTheReadModelStoreIsDownAndRecoverByThemselves() throws Exception {
        MongoServer revived = null;
        try (RunningSystem system = RunningSystem.start(data)) {
            system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
            RunningSystem.Client office = system.as(system.issue("{\"client\": \"FIM\", \"role\": \"fund-officer\"}"));
            String existing = created(office.post("/api/v1/fund-calls", call("Antes del corte")));
            system.await("/api/v1/public/fund-calls/" + existing, j -> true);

            MongoServer server = system.context().getBean(MongoServer.class);
            int port = server.getLocalAddress().getPort();
            server.shutdownNow();

            unavailable(system.get("/api/v1/public/fund-calls/" + existing));
            unavailable(system.get("/api/v1/public/fund-calls"));
            // the command side does not read the read models: it keeps recording
            String during = created(office.post("/api/v1/fund-calls", call("Durante el corte")));

            revived = new MongoServer(ConsistentH2Backend.open(data.resolve("readmodels.mv").toString(),
                    java.time.Duration.ofSeconds(1)));
            revived.bind("127.0.0.1", port);

            awaitLong(system, "/api/v1/public/fund-calls/" + existing, r -> r.status() == 200);
            // the projections resume from their tokens and apply what was recorded during the outage
            awaitLong(system, "/api/v1/public/fund-calls/" + during, r -> r.status() == 200);
        } finally {
            if (revived != null) {
                revived.shutdown();
            }
        }
    }

    /** The H2 event store shut down and its file locked, until closed. */
    private record EventStoreDown(FileChannel file, FileLock lock) implements AutoCloseable {

        static EventStoreDown take(DataSource store, Path file) throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            while (System.nanoTime() < deadline) {
                try (Connection c = store.getConnection()) {
                    c.createStatement().execute("SHUTDOWN");
                } catch (java.sql.SQLException e) {
                    // the pool lent a connection of the closed database: it is down already
                }
                try {
                    // a tracking processor may reopen the file between the shutdown and the lock: then again
                    FileLock lock = channel.tryLock();
                    if (lock != null) {
                        return new EventStoreDown(channel, lock);
                    }
                } catch (OverlappingFileLockException reopened) {
                    Thread.sleep(20);
                }
            }
            channel.close();
            throw new AssertionError("Could not take the event store down");
        }

        @Override
        public void close() throws Exception {
            lock.release();
            file.close();
        }
    }

    private static String call(String title) {
        return """
                {"title": "%s", "totalBudget": 100000000,
                 "groupCaps": [{"group":1,"cap":1},{"group":2,"cap":1},{"group":3,"cap":1},{"group":4,"cap":1},
                               {"group":5,"cap":1}],
                 "opensAt": "%s", "closesAt": "%s",
                 "criteria": [{"id":"impact","name":"Impact","weight":100}], "minimumScore": 50}"""
                .formatted(title, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(10)));
    }

    private static String created(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static void unavailable(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo("SERVICE_UNAVAILABLE");
    }

    /** Tracking processors back off after failing on a store (up to a minute): read models may take that long. */
    private static void awaitLong(RunningSystem system, String path, Predicate<Response> condition) throws Exception {
        Response last = eventually(() -> system.get(path), r -> r.status() != 503 && condition.test(r),
                Duration.ofSeconds(90));
        assertThat(condition.test(last)).as(path + ": " + last.status() + " " + last.body()).isTrue();
    }

    private static Response eventually(Supplier<Response> request, Predicate<Response> done, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Response last = request.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            last = request.get();
        }
        return last;
    }
}
