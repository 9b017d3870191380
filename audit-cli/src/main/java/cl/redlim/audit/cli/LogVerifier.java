package cl.redlim.audit.cli;

import cl.redlim.audit.log.CanonicalEvent;
import cl.redlim.audit.log.CompactRange;
import cl.redlim.audit.log.MerkleHash;
import cl.redlim.audit.log.MerkleProofs;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an exported feed once, line by line, and checks it against the signed tree heads. It keeps no event: only
 * two compact ranges (the leaves recomputed from the events, and the leaf hashes the log recorded), so its memory
 * does not grow with the feed.
 */
final class LogVerifier {

    /** Details are kept for the first leaves that fail; the rest are counted. */
    static final int DETAILED = 100;
    /** Where a replaced event went, for telling "reordered" from "replaced". */
    private static final int REMEMBERED_IDS = 100_000;
    /** Stands for a leaf the feed cannot give: it matches no real hash. */
    private static final byte[] NO_LEAF = new byte[MerkleHash.SIZE];

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<HeadCheck> checks = new ArrayList<>();
    /** The heads by size, for checking each as the feed reaches its size. */
    private final List<HeadCheck> bySize;
    private int nextBySize;

    private final CompactRange recomputed = new CompactRange();
    private final CompactRange recorded = new CompactRange();
    private final List<LeafMismatch> mismatches = new ArrayList<>();
    private long mismatchCount;
    private final Map<String, Long> replacedEventsFoundAt = new HashMap<>();

    LogVerifier(List<SignedTreeHead> heads, PublicKey key) {
        SignedTreeHead previous = null;
        for (SignedTreeHead head : heads) {
            HeadCheck check = new HeadCheck(head);
            check.signatureValid = head.head().verify(key);
            if (previous != null) {
                check.inOrder = head.size() >= previous.size()
                        && head.head().timestamp() >= previous.head().timestamp();
                if (head.consistency() != null) {
                    check.consistent = consistent(previous, head);
                }
            }
            checks.add(check);
            previous = head;
        }
        bySize = new ArrayList<>(checks);
        bySize.sort(Comparator.comparingLong(c -> c.head.size()));
        checkHeadsAtCurrentSize();
    }

    private static boolean consistent(SignedTreeHead previous, SignedTreeHead head) {
        if (previous.size() == 0) {
            // every tree extends the empty one; RFC 9162 gives no proof for it
            return head.consistency().isEmpty();
        }
        return MerkleProofs.verifyConsistency(previous.size(), head.size(), previous.head().rootHash(),
                head.head().rootHash(), head.consistency());
    }

    VerificationReport verify(BufferedReader feed, String feedName, long startNanos) {
        long expected = 0;
        String text;
        long lineNumber = 0;
        try {
            while ((text = feed.readLine()) != null) {
                lineNumber++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode line = parse(text, feedName, lineNumber);
                long index = line.get("leafIndex").asLong();
                if (index < expected) {
                    fail(new LeafMismatch(index, LeafMismatch.Kind.DUPLICATE_LINE, text(line, "eventId"), null,
                            null, null, null, null));
                    continue;
                }
                if (index - expected > Integer.MAX_VALUE) {
                    throw new InputException(feedName + " line " + lineNumber + ": leafIndex " + index
                            + " is far beyond leaf " + expected);
                }
                while (expected < index) {
                    fail(new LeafMismatch(expected, LeafMismatch.Kind.MISSING_FROM_FEED, null, null, null, null,
                            null, null));
                    append(NO_LEAF, NO_LEAF);
                    expected++;
                }
                byte[] recordedHash = Base64Field.decode(line, "leafHash", feedName + " line " + lineNumber);
                append(leaf(line, index, recordedHash), recordedHash);
                expected++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report(expected, feedName, startNanos);
    }

    private static JsonNode parse(String text, String feedName, long lineNumber) {
        JsonNode line;
        try {
            line = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputException(feedName + " line " + lineNumber + " is not JSON", e);
        }
        if (!line.isObject() || !line.path("leafIndex").isIntegralNumber() || line.get("leafIndex").asLong() < 0) {
            throw new InputException(feedName + " line " + lineNumber + " has no leafIndex");
        }
        return line;
    }

    /** The leaf hash recomputed from the line's event, noting how it differs from what the log recorded. */
    private byte[] leaf(JsonNode line, long index, byte[] recordedHash) {
        String recordedId = text(line, "eventId");
        JsonNode event = line.get("event");
        if (event == null || event.isNull()) {
            fail(new LeafMismatch(index, LeafMismatch.Kind.MISSING_FROM_STORE, recordedId, null, null, null, null,
                    null));
            return NO_LEAF;
        }
        byte[] hash;
        try {
            hash = CanonicalEvent.leafHash(event);
        } catch (RuntimeException e) {
            throw new InputException("The event of leaf " + index + " cannot be canonicalised (RFC 8785)", e);
        }
        String foundId = text(event, "eventId");
        LeafMismatch.Kind kind = null;
        if (!MessageDigest.isEqual(hash, recordedHash)) {
            kind = recordedId != null && recordedId.equals(foundId)
                    ? LeafMismatch.Kind.PAYLOAD_OR_METADATA_CHANGED : LeafMismatch.Kind.DIFFERENT_EVENT;
            if (foundId != null && replacedEventsFoundAt.size() < REMEMBERED_IDS) {
                replacedEventsFoundAt.putIfAbsent(foundId, index);
            }
        } else if (recordedId != null && !recordedId.equals(foundId)) {
            kind = LeafMismatch.Kind.LINE_EVENT_ID_MISMATCH;
        }
        if (kind != null) {
            fail(new LeafMismatch(index, kind, recordedId, foundId, text(event, "aggregateType"),
                    text(event, "aggregateId"), event.path("sequence").isIntegralNumber()
                    ? event.get("sequence").asLong() : null, text(event, "payloadType")));
        }
        return hash;
    }

    private void append(byte[] recomputedHash, byte[] recordedHash) {
        recomputed.append(recomputedHash);
        recorded.append(recordedHash);
        checkHeadsAtCurrentSize();
    }

    private void checkHeadsAtCurrentSize() {
        long size = recomputed.size();
        if (nextBySize < bySize.size() && bySize.get(nextBySize).head.size() == size) {
            byte[] root = recomputed.root();
            byte[] recordedRoot = recorded.root();
            while (nextBySize < bySize.size() && bySize.get(nextBySize).head.size() == size) {
                HeadCheck check = bySize.get(nextBySize++);
                check.rootMatches = MessageDigest.isEqual(root, check.head.head().rootHash());
                check.recordedRootMatches = MessageDigest.isEqual(recordedRoot, check.head.head().rootHash());
            }
        }
    }

    private void fail(LeafMismatch mismatch) {
        if (mismatches.size() < DETAILED) {
            mismatches.add(mismatch);
        }
        mismatchCount++;
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private VerificationReport report(long leaves, String feedName, long startNanos) {
        List<String> notes = new ArrayList<>();
        LeafMismatch first = mismatches.isEmpty() ? null : mismatches.get(0);
        if (first != null) {
            first = explain(first, notes);
        } else {
            locateRewrite(notes);
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return new VerificationReport(feedName, leaves, checks, first, mismatches, mismatchCount, notes, seconds);
    }

    /**
     * When every leaf matches the log's records but a signed root does not, the records were rewritten with the
     * events: the change lies between the last head that still matches and the first that does not.
     */
    private void locateRewrite(List<String> notes) {
        long from = 0;
        for (HeadCheck check : bySize) {
            if (!check.signatureValid || !check.covered()) {
                continue;
            }
            if (check.rootMatches) {
                from = check.head.size();
            } else {
                notes.add("The events and the log's records agree, but not with the signed root of " + check.head.name()
                        + ": the log was rewritten, events and records alike, between leaf " + from + " and leaf "
                        + (check.head.size() - 1) + ".");
                return;
            }
        }
    }

    /** Which signed tree head vouches for the first mismatch, and whether the log's own records still hold. */
    private LeafMismatch explain(LeafMismatch first, List<String> notes) {
        if (first.kind() == LeafMismatch.Kind.MISSING_FROM_FEED || first.kind() == LeafMismatch.Kind.DUPLICATE_LINE) {
            notes.add("The feed itself is incomplete or out of order: export it again before drawing conclusions.");
            return first;
        }
        if (first.kind() == LeafMismatch.Kind.DIFFERENT_EVENT && first.recordedEventId() != null) {
            Long foundAt = replacedEventsFoundAt.get(first.recordedEventId());
            if (foundAt != null) {
                notes.add("The event the log recorded at leaf " + first.leafIndex() + " is found at leaf " + foundAt
                        + ": the events were reordered.");
            }
        }
        HeadCheck covering = bySize.stream()
                .filter(c -> c.signatureValid && c.covered() && c.head.size() > first.leafIndex())
                .findFirst().orElse(null);
        if (covering == null) {
            notes.add("No validly signed tree head covers leaf " + first.leafIndex()
                    + ": nothing authenticates what the log recorded there.");
            return first;
        }
        String name = covering.head.name();
        if (covering.recordedRootMatches && covering.rootMatches) {
            notes.add("The events in the feed and the log's records both reproduce the signed root of " + name
                    + ": only the feed line of leaf " + first.leafIndex() + " is inconsistent.");
            return first;
        }
        if (covering.recordedRootMatches && !covering.rootMatches) {
            notes.add("The leaf hashes the log recorded reproduce the signed root of " + name
                    + ": the signature authenticates that leaf " + first.leafIndex() + " is the one that changed.");
            return first;
        }
        if (!covering.recordedRootMatches && covering.rootMatches) {
            notes.add("The events in the feed reproduce the signed root of " + name
                    + ": the events are intact, the log's record of leaf " + first.leafIndex() + " was altered.");
            return first.withKind(LeafMismatch.Kind.RECORD_ALTERED);
        }
        HeadCheck firstBadRecord = bySize.stream()
                .filter(c -> Boolean.FALSE.equals(c.recordedRootMatches)).findFirst().orElse(covering);
        notes.add("The log's own records were altered too: the leaf hashes it recorded do not reproduce the signed "
                + "root of " + firstBadRecord.head.name() + " (the first tree head that fails). Leaf "
                + first.leafIndex() + " is the first that differs from the log's records; the signatures alone "
                + "cannot say which leaf was changed first.");
        return first;
    }
}
