package cl.redlim.audit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyCommandTest {

    /** Tree heads #1..#5 at these sizes; #2 -> #3 is a power-of-two step. */
    static final long[] HEADS = {100, 1000, 1024, 1500, 2000};
    static SyntheticLog log;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildTheLog() {
        log = new SyntheticLog(2000, HEADS);
    }

    record Run(int exit, String out, String err) {
        String summary() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = AuditCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    Run verify(Path feed, Path heads, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("verify", "--feed", feed.toString(), "--tree-heads",
                heads.toString(), "--public-key", log.writeKey(dir.resolve("key.json")).toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    Run verify(SyntheticLog.Tamper tamper) throws IOException {
        return verify(log.writeFeed(dir.resolve("feed.jsonl"), tamper), log.writeHeads(dir.resolve("heads.jsonl")));
    }

    Run verifyHeads(List<ObjectNode> heads) throws IOException {
        return verify(log.writeFeed(dir.resolve("feed.jsonl")), log.writeHeads(dir.resolve("heads.jsonl"), heads));
    }

    static ObjectNode copy(ObjectNode node) {
        return node.deepCopy();
    }

    @Test
    void anUntamperedExportIsVerified() throws IOException {
        Run run = verify((i, line) -> line);

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
        assertThat(run.summary()).startsWith("VERIFIED 2000 events against 5 tree heads in ").endsWith(" events/s)");
        assertThat(run.out()).contains("Tree heads: 5 of 5 pass", "4 consistency proofs verified",
                "all 2000 recomputed from their events equal the log's records",
                "key id " + PublicKeyFile.keyId(log.keys.getPublic()));
    }

    @Nested
    class NamesTheFirstEventThatDoesNotMatch {

        @Test
        void oneByteChangedInAPayload() throws IOException {
            Run run = verify((i, line) -> {
                if (i == 1234) {
                    ((ObjectNode) line.get("event").get("payload")).put("title", "Llamado 1235");
                }
                return line;
            });

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.summary()).isEqualTo("FAILED: leaf 1234 (event " + SyntheticLog.eventId(1234)
                    + "): payload or metadata changed");
            assertThat(run.out())
                    .contains("1 differ from the log's records")
                    .contains("event id found                " + SyntheticLog.eventId(1234))
                    .contains("aggregate                     Procurement procurement-237, sequence 1")
                    .contains("reproduce the signed root of tree head #4 (size 1500): the signature authenticates "
                            + "that leaf 1234 is the one that changed")
                    .contains("tree head #4 (size 1500), signed 2026-01-05T16:00:00.000Z: root differs from the "
                            + "root of the events in the feed")
                    .doesNotContain("tree head #3 (size 1024), signed");
        }

        @Test
        void metadataChanged() throws IOException {
            Run run = verify((i, line) -> {
                if (i == 5) {
                    ((ObjectNode) line.get("event").get("metaData")).put("principal", "someone-else");
                }
                return line;
            });

            assertThat(run.summary()).isEqualTo("FAILED: leaf 5 (event " + SyntheticLog.eventId(5)
                    + "): payload or metadata changed");
            assertThat(run.out()).contains("signed root of tree head #1 (size 100)");
        }

        @Test
        void eventDeletedFromTheStore() throws IOException {
            Run run = verify((i, line) -> i == 777 ? line.putNull("event") : line);

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.summary()).isEqualTo("FAILED: leaf 777 (event " + SyntheticLog.eventId(777)
                    + "): missing from the store");
            assertThat(run.out()).contains("tree head #2 (size 1000): the signature authenticates that leaf 777");
        }

        @Test
        void lineDeletedFromTheFeed() throws IOException {
            Run run = verify((i, line) -> i == 500 ? null : line);

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.summary()).isEqualTo("FAILED: leaf 500: no line in the feed");
            assertThat(run.out()).contains("export it again");
        }

        @Test
        void twoEventsSwapped() throws IOException {
            Run run = verify((i, line) -> {
                if (i == 300 || i == 301) {
                    line.set("event", SyntheticLog.event(i == 300 ? 301 : 300));
                }
                return line;
            });

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.summary()).isEqualTo("FAILED: leaf 300 (event " + SyntheticLog.eventId(300)
                    + "): different event at this position");
            assertThat(run.out())
                    .contains("event id recorded by the log  " + SyntheticLog.eventId(300))
                    .contains("event id found                " + SyntheticLog.eventId(301))
                    .contains("then: leaf 301 (event " + SyntheticLog.eventId(301) + "): different event")
                    .contains("is found at leaf 301: the events were reordered")
                    .contains("authenticates that leaf 300 is the one that changed");
        }

        @Test
        void theLogsRecordedLeafHashAltered() throws IOException {
            Run run = verify((i, line) -> {
                if (i == 1600) {
                    byte[] hash = Base64.getDecoder().decode(line.get("leafHash").asText());
                    hash[0] ^= 1;
                    line.put("leafHash", SyntheticLog.b64(hash));
                }
                return line;
            });

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.summary()).isEqualTo("FAILED: leaf 1600 (event " + SyntheticLog.eventId(1600)
                    + "): the log's recorded leaf hash was altered (the event matches the signed tree head)");
            assertThat(run.out()).contains("tree head #5 (size 2000), signed 2026-01-05T17:00:00.000Z: root differs "
                    + "from the root of the leaf hashes the log recorded");
        }

        @Test
        void eventAndTheLogsRecordAlteredTogether() throws IOException {
            Run run = verify((i, line) -> {
                if (i == 1100) {
                    ObjectNode event = (ObjectNode) line.get("event");
                    ((ObjectNode) event.get("payload")).put("amount", 1);
                    line.put("leafHash", SyntheticLog.b64(cl.redlim.audit.log.CanonicalEvent.leafHash(event)));
                }
                if (i == 1200) {
                    ((ObjectNode) line.get("event").get("payload")).put("amount", 2);
                }
                return line;
            });

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.summary()).isEqualTo("FAILED: leaf 1200 (event " + SyntheticLog.eventId(1200)
                    + "): payload or metadata changed");
            assertThat(run.out()).contains("The log's own records were altered too: the leaf hashes it recorded do "
                    + "not reproduce the signed root of tree head #4 (size 1500) (the first tree head that fails)");
        }

        @Test
        void aRewriteOfEventAndRecordIsCaughtByTheTreeHead() throws IOException {
            Run run = verify((i, line) -> {
                if (i == 1100) {
                    ObjectNode event = (ObjectNode) line.get("event");
                    ((ObjectNode) event.get("payload")).put("amount", 1);
                    line.put("leafHash", SyntheticLog.b64(cl.redlim.audit.log.CanonicalEvent.leafHash(event)));
                }
                return line;
            });

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.summary())
                    .isEqualTo("FAILED: tree head #4 (size 1500): root differs from the root of the events in the feed");
            assertThat(run.out()).contains("between leaf 1024 and leaf 1499");
        }
    }

    @Nested
    class ChecksEveryTreeHead {

        @Test
        void aBadSignature() throws IOException {
            List<ObjectNode> heads = new ArrayList<>(log.heads);
            ObjectNode head = copy(heads.get(1));
            byte[] signature = Base64.getDecoder().decode(head.get("signature").asText());
            signature[10] ^= 4;
            heads.set(1, head.put("signature", SyntheticLog.b64(signature)));

            Run run = verifyHeads(heads);

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.summary())
                    .isEqualTo("FAILED: tree head #2 (size 1000): signature does not verify with the public key");
            assertThat(run.out()).contains("Tree heads: 4 of 5 pass");
        }

        @Test
        void aBrokenConsistencyProof() throws IOException {
            List<ObjectNode> heads = new ArrayList<>(log.heads);
            ObjectNode head = copy(heads.get(3));
            ArrayNode proof = (ArrayNode) head.get("consistency");
            int last = proof.size() - 1;
            byte[] hash = Base64.getDecoder().decode(proof.get(last).asText());
            hash[31] ^= (byte) 0x80;
            proof.set(last, SyntheticLog.b64(hash));
            heads.set(3, head);

            Run run = verifyHeads(heads);

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.summary()).isEqualTo(
                    "FAILED: tree head #4 (size 1500): consistency proof from tree head #3 does not verify");
        }

        @Test
        void aHeadTheFeedDoesNotReach() throws IOException {
            Run run = verify((i, line) -> i >= 1900 ? null : line);

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.summary()).isEqualTo(
                    "FAILED: tree head #5 (size 2000): not covered by the feed (the feed has 1900 leaves)");
        }

        @Test
        void headsOutOfOrder() throws IOException {
            List<ObjectNode> heads = new ArrayList<>(log.heads);
            heads.set(2, log.heads.get(3));
            heads.set(3, log.heads.get(2));

            Run run = verifyHeads(heads);

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.summary()).isEqualTo(
                    "FAILED: tree head #3 (size 1500): consistency proof from tree head #2 does not verify");
            assertThat(run.out()).contains("tree head #4 (size 1024), signed 2026-01-05T15:00:00.000Z: size or "
                    + "timestamp smaller than the tree head before it");
        }

        @Test
        void withoutTreeHeadsNothingIsVerified() throws IOException {
            Run run = verifyHeads(List.of());

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.summary()).isEqualTo("FAILED: no tree heads: nothing authenticates the feed");
        }

        @Test
        void leavesNewerThanTheLastHeadAreSaidToBeUncovered() throws IOException {
            Run run = verifyHeads(log.heads.subList(0, 3));

            assertThat(run.exit()).isEqualTo(0);
            assertThat(run.out()).contains("the last 976 leaves are newer than every tree head");
        }
    }

    @Nested
    class Formats {

        @Test
        void jsonReport() throws IOException {
            Run run = verify(log.writeFeed(dir.resolve("feed.jsonl"), (i, line) -> i == 42 ? line.putNull("event") : line),
                    log.writeHeads(dir.resolve("heads.jsonl")), "--json");

            assertThat(run.exit()).isEqualTo(1);
            JsonNode json = SyntheticLog.JSON.readTree(run.out());
            assertThat(json.get("verified").asBoolean()).isFalse();
            assertThat(json.get("events").asLong()).isEqualTo(2000);
            assertThat(json.at("/firstMismatch/leafIndex").asLong()).isEqualTo(42);
            assertThat(json.at("/firstMismatch/kind").asText()).isEqualTo("MISSING_FROM_STORE");
            assertThat(json.at("/firstMismatch/recordedEventId").asText()).isEqualTo(SyntheticLog.eventId(42));
            assertThat(json.at("/treeHeads/0/signatureValid").asBoolean()).isTrue();
            assertThat(json.at("/treeHeads/0/rootMatchesFeed").asBoolean()).isFalse();
            assertThat(json.at("/treeHeads/0/rootMatchesRecordedLeaves").asBoolean()).isTrue();
            assertThat(json.at("/treeHeads/1/consistent").asBoolean()).isTrue();
            assertThat(json.get("summary").asText()).startsWith("FAILED: leaf 42 ");
        }

        @Test
        void treeHeadsAsAJsonArray_andTheKeyAsBareBase64() throws IOException {
            Path heads = Files.writeString(dir.resolve("heads.json"),
                    SyntheticLog.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(log.heads));
            Path key = Files.writeString(dir.resolve("key.b64"),
                    SyntheticLog.b64(log.keys.getPublic().getEncoded()) + "\n");

            Run run = run("verify", "--feed", log.writeFeed(dir.resolve("feed.jsonl")).toString(),
                    "--tree-heads", heads.toString(), "--public-key", key.toString());

            assertThat(run.exit()).as(run.err()).isEqualTo(0);
        }

        @Test
        void usageAndInputErrorsExitWith2() throws IOException {
            Path feed = log.writeFeed(dir.resolve("feed.jsonl"));
            Path heads = log.writeHeads(dir.resolve("heads.jsonl"));
            Path key = log.writeKey(dir.resolve("key.json"));

            assertThat(run("verify", "--feed", feed.toString()).exit()).isEqualTo(2);
            assertThat(run().exit()).isEqualTo(2);
            assertThat(run("verify", "--feed", dir.resolve("nothing.jsonl").toString(), "--tree-heads",
                    heads.toString(), "--public-key", key.toString()).exit()).isEqualTo(2);

            Files.writeString(dir.resolve("bad.jsonl"), "{\"leafIndex\":0,\"leafHash\":\"AAAA\"}\n");
            Run badHash = run("verify", "--feed", dir.resolve("bad.jsonl").toString(), "--tree-heads",
                    heads.toString(), "--public-key", key.toString());
            assertThat(badHash.exit()).isEqualTo(2);
            assertThat(badHash.err()).contains("line 1: leafHash is not 32 bytes");

            Files.writeString(dir.resolve("notjson.jsonl"), "leaf 0\n");
            assertThat(run("verify", "--feed", dir.resolve("notjson.jsonl").toString(), "--tree-heads",
                    heads.toString(), "--public-key", key.toString()).err()).contains("line 1 is not JSON");

            Files.writeString(dir.resolve("rsa.json"), "{\"algorithm\":\"RSA\",\"publicKey\":\"AAAA\"}");
            Run rsa = run("verify", "--feed", feed.toString(), "--tree-heads", heads.toString(), "--public-key",
                    dir.resolve("rsa.json").toString());
            assertThat(rsa.exit()).isEqualTo(2);
            assertThat(rsa.err()).contains("is RSA, not Ed25519");
        }
    }
}
