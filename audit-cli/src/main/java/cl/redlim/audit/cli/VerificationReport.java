package cl.redlim.audit.cli;

import cl.redlim.audit.log.CanonicalEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** The outcome of {@code verify}: a short text for people, or JSON. */
final class VerificationReport {

    private final String feedName;
    private final long leaves;
    private final List<HeadCheck> heads;
    private final LeafMismatch firstMismatch;
    private final List<LeafMismatch> mismatches;
    private final long mismatchCount;
    private final List<String> notes;
    private final double seconds;
    private String keyId;

    VerificationReport(String feedName, long leaves, List<HeadCheck> heads, LeafMismatch firstMismatch,
                       List<LeafMismatch> mismatches, long mismatchCount, List<String> notes, double seconds) {
        this.feedName = feedName;
        this.leaves = leaves;
        this.heads = heads;
        this.firstMismatch = firstMismatch;
        this.mismatches = mismatches;
        this.mismatchCount = mismatchCount;
        this.notes = notes;
        this.seconds = seconds;
    }

    VerificationReport keyId(String id) {
        this.keyId = id;
        return this;
    }

    boolean verified() {
        return firstMismatch == null && !heads.isEmpty() && heads.stream().allMatch(HeadCheck::passed);
    }

    LeafMismatch firstMismatch() {
        return firstMismatch;
    }

    HeadCheck firstFailingHead() {
        return heads.stream().filter(h -> !h.passed()).findFirst().orElse(null);
    }

    long eventsPerSecond() {
        return seconds > 0 ? Math.round(leaves / seconds) : leaves;
    }

    /** The last line: {@code VERIFIED ...} or {@code FAILED: ...}. */
    String summary() {
        if (verified()) {
            return String.format(Locale.US, "VERIFIED %d events against %d tree heads in %.1f s (%,d events/s)",
                    leaves, heads.size(), seconds, eventsPerSecond());
        }
        if (firstMismatch != null) {
            return "FAILED: " + firstMismatch.headline();
        }
        if (heads.isEmpty()) {
            return "FAILED: no tree heads: nothing authenticates the feed";
        }
        HeadCheck head = firstFailingHead();
        return "FAILED: " + head.head.name() + ": " + head.failure(leaves);
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("RedLIM audit log verification\n");
        out.append("  feed        ").append(feedName).append(": ").append(leaves).append(" leaves\n");
        out.append("  tree heads  ").append(heads.size());
        if (!heads.isEmpty()) {
            HeadCheck last = heads.get(heads.size() - 1);
            out.append(", newest: size ").append(last.head.size()).append(", signed ")
                    .append(time(last.head.head().timestamp()));
        }
        out.append('\n');
        if (keyId != null) {
            out.append("  key         Ed25519, key id ").append(keyId).append('\n');
        }
        out.append('\n');

        long passed = heads.stream().filter(HeadCheck::passed).count();
        long proofs = heads.stream().filter(h -> Boolean.TRUE.equals(h.consistent)).count();
        out.append(String.format(Locale.US, "Tree heads: %d of %d pass (signature, root of the feed, root of the "
                + "log's records, order); %d consistency proofs verified%n", passed, heads.size(), proofs));
        for (HeadCheck head : heads) {
            String failure = head.failure(leaves);
            if (failure != null) {
                out.append("  ").append(head.head.name()).append(", signed ").append(time(head.head.head().timestamp()))
                        .append(": ").append(failure).append('\n');
            }
        }
        if (heads.isEmpty()) {
            out.append("  no tree heads: nothing authenticates the feed\n");
        } else if (leaves > heads.stream().mapToLong(h -> h.head.size()).max().orElse(0)) {
            out.append("  the last ").append(leaves - heads.stream().mapToLong(h -> h.head.size()).max().orElse(0))
                    .append(" leaves are newer than every tree head: compared with the log's records only\n");
        }

        out.append("\nLeaves: ");
        if (mismatchCount == 0) {
            out.append("all ").append(leaves).append(" recomputed from their events equal the log's records\n");
        } else {
            out.append(mismatchCount).append(" differ from the log's records\n");
            out.append("  first: ").append(firstMismatch.headline()).append('\n');
            out.append("    event id recorded by the log  ").append(or(firstMismatch.recordedEventId())).append('\n');
            out.append("    event id found                ").append(or(firstMismatch.foundEventId())).append('\n');
            if (firstMismatch.aggregateId() != null || firstMismatch.aggregateType() != null) {
                out.append("    aggregate                     ").append(or(firstMismatch.aggregateType())).append(' ')
                        .append(or(firstMismatch.aggregateId())).append(", sequence ")
                        .append(or(firstMismatch.sequence())).append('\n');
                out.append("    event type                    ").append(or(firstMismatch.payloadType())).append('\n');
            }
            for (LeafMismatch other : mismatches.subList(1, mismatches.size())) {
                out.append("  then: ").append(other.headline()).append('\n');
            }
            if (mismatchCount > mismatches.size()) {
                out.append("  and ").append(mismatchCount - mismatches.size()).append(" more\n");
            }
        }
        for (String note : notes) {
            out.append("  ").append(note).append('\n');
        }
        out.append('\n').append(summary()).append('\n');
        return out.toString();
    }

    String json() {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode out = json.createObjectNode();
        out.put("verified", verified());
        out.put("summary", summary());
        out.put("feed", feedName);
        out.put("events", leaves);
        out.put("seconds", Math.round(seconds * 1000) / 1000.0);
        out.put("eventsPerSecond", eventsPerSecond());
        out.put("keyId", keyId);
        ArrayNode headsOut = out.putArray("treeHeads");
        for (HeadCheck head : heads) {
            ObjectNode h = headsOut.addObject();
            h.put("number", head.head.number());
            h.put("treeSize", head.head.size());
            h.put("timestamp", head.head.head().timestamp());
            h.put("rootHash", Base64.getEncoder().encodeToString(head.head.head().rootHash()));
            h.put("signatureValid", head.signatureValid);
            h.put("inOrder", head.inOrder);
            putBoolean(h, "consistent", head.consistent);
            putBoolean(h, "rootMatchesFeed", head.rootMatches);
            putBoolean(h, "rootMatchesRecordedLeaves", head.recordedRootMatches);
            h.put("passed", head.passed());
            h.put("failure", head.failure(leaves));
        }
        out.put("mismatchCount", mismatchCount);
        if (firstMismatch != null) {
            mismatch(out.putObject("firstMismatch"), firstMismatch);
        } else {
            out.putNull("firstMismatch");
        }
        ArrayNode more = out.putArray("mismatches");
        mismatches.forEach(m -> mismatch(more.addObject(), m));
        ArrayNode notesOut = out.putArray("notes");
        notes.forEach(notesOut::add);
        try {
            return json.writeValueAsString(out) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void mismatch(ObjectNode out, LeafMismatch m) {
        out.put("leafIndex", m.leafIndex());
        out.put("kind", m.kind().name());
        out.put("description", m.kind().text);
        out.put("recordedEventId", m.recordedEventId());
        out.put("foundEventId", m.foundEventId());
        out.put("aggregateType", m.aggregateType());
        out.put("aggregateId", m.aggregateId());
        out.put("sequence", m.sequence());
        out.put("payloadType", m.payloadType());
    }

    private static void putBoolean(ObjectNode out, String field, Boolean value) {
        if (value == null) {
            out.putNull(field);
        } else {
            out.put(field, value);
        }
    }

    private static String time(long millis) {
        return CanonicalEvent.timestamp(Instant.ofEpochMilli(millis));
    }

    private static String or(Object value) {
        return value == null ? "-" : value.toString();
    }
}
