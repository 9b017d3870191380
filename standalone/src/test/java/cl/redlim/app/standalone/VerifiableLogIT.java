package cl.redlim.app.standalone;

import cl.redlim.audit.log.MerkleHash;
import cl.redlim.audit.log.MerkleProofs;
import cl.redlim.audit.log.TreeHead;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log proves the store was not rewritten: with the demo data (every context), the feed, the tree heads and the
 * key exported over HTTP verify offline with the CLI; then one byte of one stored payload is changed, an event is
 * deleted, two events are swapped, each straight in the H2 table, and the verifier names exactly that event.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerifiableLogIT {

    @TempDir
    static Path data;
    static RunningSystem system;
    static String auditor;

    @BeforeAll
    static void start() {
        system = RunningSystem.start(data.resolve("app"), "--redlim.demo=true", "--redlim.audit.tree-head-interval=PT1H");
        auditor = system.issue("{\"client\": \"Contraloría\", \"role\": \"auditor\", \"subject\": \"auditor-1\"}");
        awaitLogHasEveryEvent();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    static void awaitLogHasEveryEvent() {
        LogExports.awaitLogHasEveryEvent(system, auditor, java.time.Duration.ofSeconds(60));
    }

    @Test
    @Order(1)
    void treeHeadsAndProofsVerifyWithNothingButTheirOwnContent() {
        JsonNode first = system.as(auditor).post("/api/v1/audit/log/tree-heads", "").json();
        // a few more events, then a second head
        system.admin().post("/api/v1/access/api-keys", "{\"client\": \"Otro\", \"role\": \"auditor\"}");
        awaitLogHasEveryEvent();
        RunningSystem.Response signed = system.as(auditor).post("/api/v1/audit/log/tree-heads", "");
        assertThat(signed.status()).isEqualTo(201);
        JsonNode second = signed.json();
        long size = second.get("treeSize").asLong();
        assertThat(size).isGreaterThan(first.get("treeSize").asLong());

        JsonNode key = system.get("/api/v1/public/log/key").json();
        TreeHead head = new TreeHead(size, b64(second.get("rootHash")), second.get("timestamp").asLong(),
                b64(second.get("signature")));
        assertThat(head.verify(TreeHead.publicKey(key.get("publicKey").asText()))).isTrue();
        assertThat(system.get("/api/v1/public/log/tree-head").json().get("treeSize").asLong()).isEqualTo(size);

        JsonNode leaf = system.as(auditor).get("/api/v1/audit/events?from=700&limit=1").json().get("events").get(0);
        JsonNode inclusion = system.as(auditor)
                .get("/api/v1/audit/log/proofs/inclusion?eventId=" + leaf.get("eventId").asText()).json();
        assertThat(inclusion.get("leafIndex").asLong()).isEqualTo(700);
        assertThat(MerkleProofs.verifyInclusion(MerkleHash.leaf(cl.redlim.audit.log.CanonicalEvent.leafInput(leaf.get("event"))),
                700, size, hashes(inclusion.get("auditPath")), head.rootHash())).isTrue();

        long firstSize = first.get("treeSize").asLong();
        JsonNode consistency = system.as(auditor)
                .get("/api/v1/audit/log/proofs/consistency?first=" + firstSize + "&second=" + size).json();
        assertThat(MerkleProofs.verifyConsistency(firstSize, size, b64(first.get("rootHash")), head.rootHash(),
                hashes(consistency.get("proof")))).isTrue();

        assertThat(system.as(auditor).get("/api/v1/audit/log/proofs/consistency?first=5&second=3").code())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(system.as(auditor).get("/api/v1/audit/log/proofs/inclusion?leafIndex=1&treeSize=2").status())
                .isEqualTo(404);
        assertThat(system.get("/api/v1/audit/events").status()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void theFeedCarriesWhoDidWhatAndTracesFollowOneRequest() {
        RunningSystem.Response issued = system.admin().with("X-Correlation-Id", "trace-me-0001")
                .post("/api/v1/access/api-keys", "{\"client\": \"Municipalidad de Maipú\", \"role\": \"integrator\", "
                        + "\"communes\": [\"13119\"]}");
        assertThat(issued.status()).isEqualTo(201);
        awaitLogHasEveryEvent();
        JsonNode trace = system.as(auditor).get("/api/v1/audit/trace?correlationId=trace-me-0001").json();
        assertThat(trace.get("events")).hasSize(1);
        JsonNode event = trace.get("events").get(0).get("event");
        assertThat(event.get("payloadType").asText()).isEqualTo("cl.redlim.access.api.ApiKeyIssuedEvent");
        assertThat(event.get("metaData").get("correlationId").asText()).isEqualTo("trace-me-0001");
        assertThat(event.get("metaData").get("client").asText()).isEqualTo("bootstrap");
        assertThat(event.get("metaData").get("role").asText()).isEqualTo("admin");

        JsonNode byClient = system.as(auditor).get("/api/v1/audit/trace?client=bootstrap&limit=1000").json();
        assertThat(byClient.get("events").size()).isGreaterThanOrEqualTo(3);

        JsonNode maipu = system.as(auditor)
                .get("/api/v1/audit/events?type=FundApplicationDraftedEvent&municipality=13101&limit=5").json();
        assertThat(maipu.get("events")).isNotEmpty().allSatisfy(line -> {
            assertThat(line.get("municipality").asText()).isEqualTo("13101");
            assertThat(line.get("event").get("payloadType").asText()).endsWith(".FundApplicationDraftedEvent");
        });
        assertThat(system.as(auditor).get("/api/v1/audit/trace").code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    @Order(3)
    void anUntamperedExportVerifies() throws Exception {
        Path dir = export("clean");
        LogExports.Verification result = verify(dir);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("VERIFIED");
    }

    @Test
    @Order(4)
    void oneChangedByteInOneStoredPayloadIsNamed() throws Exception {
        LogExports.StoredRow victim = LogExports.changeOneByte(dataSource(), 911);
        try {
            LogExports.Verification result = verify(export("changed"));
            assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
            assertThat(firstFailure(result)).contains(victim.eventId()).contains("leaf " + leafOf(victim.eventId()));
        } finally {
            update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", victim.payload(), victim.position());
        }
        assertThat(verify(export("restored")).exitCode()).isZero();
    }

    @Test
    @Order(5)
    void aDeletedEventIsNamed() throws Exception {
        LogExports.StoredRow victim = LogExports.row(dataSource(), 420);
        long leaf = leafOf(victim.eventId());
        java.util.Map<String, Object> columns = fullRow(victim.position());
        update("DELETE FROM DomainEventEntry WHERE globalIndex = ?", null, victim.position());
        try {
            LogExports.Verification result = verify(export("deleted"));
            assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
            assertThat(firstFailure(result)).contains(victim.eventId()).contains("leaf " + leaf);
        } finally {
            insert(columns);
        }
        assertThat(verify(export("re-inserted")).exitCode()).isZero();
    }

    @Test
    @Order(6)
    void twoSwappedEventsAreNamed() throws Exception {
        LogExports.StoredRow a = LogExports.row(dataSource(), 300);
        LogExports.StoredRow b = LogExports.row(dataSource(), 301);
        swap(a.position(), b.position());
        try {
            LogExports.Verification result = verify(export("swapped"));
            assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
            long leafA = leafOf(a.eventId());
            String failure = firstFailure(result);
            assertThat(failure).contains("leaf " + leafA).contains(a.eventId());
            // and where the recorded event went
            assertThat(result.output()).contains(b.eventId());
        } finally {
            swap(a.position(), b.position());
        }
        assertThat(verify(export("swapped-back")).exitCode()).isZero();
    }

    // --- the auditor's side: exports over HTTP, the CLI offline

    static Path export(String name) throws Exception {
        return LogExports.export(system, auditor, data.resolve("export-" + name));
    }

    static LogExports.Verification verify(Path dir) {
        return LogExports.verify(dir);
    }

    static String firstFailure(LogExports.Verification result) {
        return result.firstFailure();
    }

    static long leafOf(String eventId) {
        return system.as(auditor).get("/api/v1/audit/log/proofs/inclusion?eventId=" + eventId).json()
                .get("leafIndex").asLong();
    }

    // --- the operator gone rogue: straight into the H2 table, outside the application

    static void update(String sql, byte[] bytes, long position) throws SQLException {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (bytes != null) {
                s.setBytes(i++, bytes);
            }
            s.setLong(i, position);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    static java.util.Map<String, Object> fullRow(long position) throws SQLException {
        try (Connection c = dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT * FROM DomainEventEntry WHERE globalIndex = ?")) {
            s.setLong(1, position);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                java.util.Map<String, Object> columns = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    columns.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
                return columns;
            }
        }
    }

    /** Puts a deleted row back as it was, at its old position. */
    static void insert(java.util.Map<String, Object> columns) throws SQLException {
        String sql = "INSERT INTO DomainEventEntry (" + String.join(", ", columns.keySet()) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (Object value : columns.values()) {
                s.setObject(i++, value);
            }
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    static void swap(long a, long b) throws SQLException {
        try (Connection c = dataSource().getConnection()) {
            c.setAutoCommit(false);
            c.createStatement().executeUpdate("UPDATE DomainEventEntry SET globalIndex = -1 WHERE globalIndex = " + a);
            c.createStatement().executeUpdate("UPDATE DomainEventEntry SET globalIndex = " + a + " WHERE globalIndex = " + b);
            c.createStatement().executeUpdate("UPDATE DomainEventEntry SET globalIndex = " + b + " WHERE globalIndex = -1");
            c.commit();
        }
    }

    static DataSource dataSource() {
        return system.context().getBean(DataSource.class);
    }

    static byte[] b64(JsonNode text) {
        return Base64.getDecoder().decode(text.asText());
    }

    static List<byte[]> hashes(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(VerifiableLogIT::b64).toList();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
