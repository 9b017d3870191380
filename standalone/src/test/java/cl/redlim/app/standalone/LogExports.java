package cl.redlim.app.standalone;

import cl.redlim.audit.cli.AuditCli;
import picocli.CommandLine;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The auditor's side of the verifiable log: exports over HTTP, the CLI verifier offline, and a rogue operator. */
final class LogExports {

    private LogExports() {
    }

    record Verification(int exitCode, String output, long millis) {
        /** The line naming the first event that does not match. */
        String firstFailure() {
            return output.lines().filter(l -> l.contains("leaf ")).findFirst().orElse(output);
        }
    }

    /** Waits until the log has a leaf for every stored event. */
    static void awaitLogHasEveryEvent(RunningSystem system, String auditorKey, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long stored = system.storedEvents();
            long logged = system.as(auditorKey).get("/api/v1/audit/log").json().get("size").asLong();
            if (logged == stored) {
                return;
            }
            assertThat(System.nanoTime()).as("log has %d of %d events", logged, stored).isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Signs a head, then downloads the tree heads, the feed and the key into {@code dir}, as the docs show. */
    static Path export(RunningSystem system, String auditorKey, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        system.as(auditorKey).post("/api/v1/audit/log/tree-heads", "");
        download(system, auditorKey, "/api/v1/audit/log/tree-heads/export", dir.resolve("tree-heads.jsonl"));
        download(system, auditorKey, "/api/v1/audit/events", dir.resolve("feed.jsonl"));
        download(system, null, "/api/v1/public/log/key", dir.resolve("key.json"));
        return dir;
    }

    private static void download(RunningSystem system, String key, String path, Path file)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.base() + path))
                .header("Accept", "application/x-ndjson, application/json").timeout(Duration.ofMinutes(5));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        HttpResponse<Path> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofFile(file));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
    }

    static Verification verify(Path dir) {
        StringWriter out = new StringWriter();
        CommandLine cli = AuditCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        long start = System.nanoTime();
        int code = cli.execute("verify", "--feed", dir.resolve("feed.jsonl").toString(),
                "--tree-heads", dir.resolve("tree-heads.jsonl").toString(),
                "--public-key", dir.resolve("key.json").toString());
        return new Verification(code, out.toString(), (System.nanoTime() - start) / 1_000_000);
    }

    record StoredRow(long position, String eventId, byte[] payload) {
    }

    static StoredRow row(DataSource dataSource, long position) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT globalIndex, eventIdentifier, payload FROM DomainEventEntry WHERE globalIndex = ?")) {
            s.setLong(1, position);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("an event at position %d", position).isTrue();
                return new StoredRow(rs.getLong(1), rs.getString(2), rs.getBytes(3));
            }
        }
    }

    /** Changes one letter of the stored payload, straight in the H2 table; returns the payload as it was. */
    static StoredRow changeOneByte(DataSource dataSource, long position) throws SQLException {
        StoredRow victim = row(dataSource, position);
        byte[] changed = victim.payload().clone();
        int at = firstLetterAfter(changed, 20);
        changed[at] = (byte) (changed[at] == 'a' ? 'b' : 'a');
        setPayload(dataSource, position, changed);
        return victim;
    }

    static void setPayload(DataSource dataSource, long position, byte[] payload) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?")) {
            s.setBytes(1, payload);
            s.setLong(2, position);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static int firstLetterAfter(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] >= 'a' && bytes[i] <= 'z') {
                return i;
            }
        }
        throw new IllegalStateException("no letter in the payload");
    }
}
