package cl.redlim.audit.cli;

import cl.redlim.audit.log.CanonicalEvent;
import cl.redlim.audit.log.InMemoryTree;
import cl.redlim.audit.log.MerkleProofs;
import cl.redlim.audit.log.TreeHead;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * An honest log built in the test: events made up from their index (so any one can be made again), their leaves,
 * and tree heads signed with a key generated here. The feed and tree-head files can then be written tampered.
 */
final class SyntheticLog {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant START = Instant.parse("2026-01-05T12:00:00Z");
    static final String[] TYPES = {"FundCall", "Commune", "Procurement", "Document"};

    interface Tamper {
        /** The line to write instead of {@code line} (a copy may be changed freely); {@code null} to drop it. */
        ObjectNode apply(int index, ObjectNode line);
    }

    final int size;
    final KeyPair keys;
    final InMemoryTree tree = new InMemoryTree();
    final List<ObjectNode> heads = new ArrayList<>();

    SyntheticLog(int size, long... headSizes) {
        this.size = size;
        try {
            keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < size; i++) {
            tree.append(CanonicalEvent.leafHash(event(i)));
        }
        long previous = 0;
        for (int h = 0; h < headSizes.length; h++) {
            long headSize = headSizes[h];
            TreeHead head = new TreeHead(headSize, tree.root(headSize),
                    START.plusSeconds(3600L * (h + 1)).toEpochMilli(), null).sign(keys.getPrivate());
            ObjectNode line = JSON.createObjectNode()
                    .put("treeSize", head.treeSize())
                    .put("rootHash", b64(head.rootHash()))
                    .put("timestamp", head.timestamp())
                    .put("signature", b64(head.signature()));
            if (h > 0 && previous > 0) {
                ArrayNode proof = line.putArray("consistency");
                MerkleProofs.consistency(tree, previous, headSize).forEach(p -> proof.add(b64(p)));
            }
            heads.add(line);
            previous = headSize;
        }
    }

    static String eventId(int index) {
        return new UUID(0x5eed_0000_0000_4000L | index, 0x8000_0000_0000_0000L | (index * 2_654_435_761L)).toString();
    }

    /** The canonical event object of leaf {@code index}, as the store holds it. */
    static ObjectNode event(int index) {
        Random random = new Random(index);
        ObjectNode payload = JSON.createObjectNode()
                .put("title", "Llamado " + index)
                .put("amount", 1_000L * random.nextInt(1_000_000))
                .put("score", random.nextInt(10_000) / 100.0)
                .put("municipality", String.format("%05d", 1101 + random.nextInt(15_000)));
        payload.putArray("tags").add("fim").add("año-" + (2024 + index % 3));
        payload.putObject("deadline").put("opensAt", START.plusSeconds(index).toString()).putNull("closesAt");
        ObjectNode metaData = JSON.createObjectNode()
                .put("principal", "integrator-" + (index % 17))
                .put("role", "INTEGRATOR")
                .put("client", "Municipalidad " + (index % 17))
                .put("correlationId", new UUID(index, 1).toString())
                .put("causationId", new UUID(index, 2).toString());
        String type = TYPES[index % TYPES.length];
        return CanonicalEvent.of(eventId(index), type, type.toLowerCase() + "-" + (index % 997),
                (long) (index / 997), "cl.redlim.synthetic.api." + type + "RecordedEvent", null,
                START.plusMillis(index * 37L), payload, metaData);
    }

    /** A feed line as the server exports it, with a field the verifier ignores. */
    ObjectNode line(int index) {
        ObjectNode line = JSON.createObjectNode()
                .put("leafIndex", index)
                .put("leafHash", b64(tree.leaf(index)))
                .put("eventId", eventId(index));
        line.set("event", event(index));
        line.put("globalIndex", 1000 + index);
        return line;
    }

    Path writeFeed(Path file, Tamper tamper) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < size; i++) {
                ObjectNode line = tamper.apply(i, line(i));
                if (line != null) {
                    out.write(JSON.writeValueAsString(line));
                    out.write('\n');
                }
            }
        }
        return file;
    }

    Path writeFeed(Path file) throws IOException {
        return writeFeed(file, (i, line) -> line);
    }

    Path writeHeads(Path file, List<ObjectNode> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (ObjectNode line : lines) {
            text.append(JSON.writeValueAsString(line)).append('\n');
        }
        return Files.writeString(file, text);
    }

    Path writeHeads(Path file) throws IOException {
        return writeHeads(file, heads);
    }

    Path writeKey(Path file) throws IOException {
        ObjectNode key = JSON.createObjectNode()
                .put("algorithm", "Ed25519")
                .put("publicKey", b64(keys.getPublic().getEncoded()))
                .put("keyId", PublicKeyFile.keyId(keys.getPublic()));
        return Files.writeString(file, JSON.writeValueAsString(key));
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
