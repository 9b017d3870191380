package cl.redlim.audit.query;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The global feed: every leaf of the log in order, each with the event the store holds at the leaf's position now.
 * A line is what the offline verifier reads: {@code leafIndex}, the {@code leafHash} and {@code eventId} the log
 * recorded, and {@code event}, the canonical event object recomputed from the store ({@code null} if the store no
 * longer has an event there). Filtered feeds and traces are for reading; only the whole feed can be verified.
 */
public class AuditFeed {

    /** Leaves read per round trip to the stores. */
    private static final int CHUNK = MerkleLogStore.TILE_WIDTH;

    private final MerkleLogStore log;
    private final StoredEvents storedEvents;

    public AuditFeed(MerkleLogStore log, StoredEvents storedEvents) {
        this.log = log;
        this.storedEvents = storedEvents;
    }

    public long size() {
        return log.size();
    }

    /** What to keep: by event type (simple or full name), municipality (CUT), correlation id, client. */
    public record Filter(String type, String municipality, String correlationId, String client) {

        public static final Filter ALL = new Filter(null, null, null, null);

        boolean isAll() {
            return type == null && municipality == null && correlationId == null && client == null;
        }

        Predicate<LeafRecord> predicate() {
            return leaf -> (type == null || type.equals(leaf.payloadType()) || type.equals(leaf.typeName()))
                    && (municipality == null || municipality.equals(leaf.municipality()))
                    && (correlationId == null || correlationId.equals(leaf.correlationId()))
                    && (client == null || client.equals(leaf.client()));
        }
    }

    /** A page of matching lines from leaf {@code from}, and the leaf to continue from ({@code -1} at the end). */
    public record Page(List<ObjectNode> lines, long next, long size) {
    }

    public Page page(long from, int limit, Filter filter) {
        long size = log.size();
        checkFrom(from, size);
        List<ObjectNode> lines = new ArrayList<>();
        long next = scan(from, size, filter, limit, lines::add);
        return new Page(lines, next, size);
    }

    /**
     * Streams the matching lines of {@code [from, to)} ({@code to} capped at the size when the export began).
     *
     * @return how many lines were written
     */
    public long stream(long from, Long to, Filter filter, Consumer<ObjectNode> out) {
        long size = log.size();
        checkFrom(from, size);
        long end = to == null ? size : Math.min(to, size);
        long[] count = {0};
        scan(from, end, filter, Long.MAX_VALUE, line -> {
            out.accept(line);
            count[0]++;
        });
        return count[0];
    }

    private static void checkFrom(long from, long size) {
        if (from < 0 || from > size) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "from must be a leaf index between 0 and the log size " + size);
        }
    }

    /** @return the leaf after the last one looked at when {@code limit} was reached, or -1 if the range ended */
    private long scan(long from, long end, Filter filter, long limit, Consumer<ObjectNode> out) {
        java.util.Set<Long> pages = filter.correlationId() != null ? log.pagesWith("cs", filter.correlationId())
                : filter.client() != null ? log.pagesWith("ks", filter.client()) : null;
        long emitted = 0;
        long at = from;
        while (at < end) {
            long chunkEnd = Math.min(end, (at / CHUNK + 1) * CHUNK);
            if (pages != null && !pages.contains(at / CHUNK)) {
                at = chunkEnd;
                continue;
            }
            List<LeafRecord> leaves = log.leaves(at, chunkEnd);
            if (!filter.isAll()) {
                leaves = leaves.stream().filter(filter.predicate()).toList();
            }
            if (emitted + leaves.size() > limit) {
                leaves = leaves.subList(0, (int) (limit - emitted));
            }
            Map<Long, StoredEvent> stored = storedEvents.at(leaves.stream().map(LeafRecord::position).toList());
            for (LeafRecord leaf : leaves) {
                out.accept(line(leaf, stored.get(leaf.position())));
            }
            emitted += leaves.size();
            if (emitted >= limit) {
                long last = leaves.isEmpty() ? at : leaves.get(leaves.size() - 1).index() + 1;
                return last < end ? last : -1;
            }
            at = chunkEnd;
        }
        return -1;
    }

    static ObjectNode line(LeafRecord leaf, StoredEvent stored) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("leafIndex", leaf.index());
        line.put("leafHash", Base64.getEncoder().encodeToString(leaf.hash()));
        line.put("eventId", leaf.eventId());
        line.put("position", leaf.position());
        if (leaf.municipality() != null) {
            line.put("municipality", leaf.municipality());
        }
        if (stored == null) {
            line.putNull("event");
        } else {
            line.set("event", stored.canonical());
        }
        return line;
    }
}
