package cl.redlim.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Grows the (stopped) app's event store to a size HTTP cannot reach in a benchmark's time: the app takes commands at
 * a few hundred per second on the 2-core machine, so 1,000,000 events over HTTP would take hours. The histories the
 * app itself stored for aggregates with UUID identifiers (fund applications, purchases, access requests: three
 * contexts) are copied whole, each copy under a fresh identifier that replaces the old one everywhere in its payloads
 * and metadata, with fresh event identifiers and the same sequence numbers, until the store holds the target. The
 * copies are real histories of real aggregates, so every projection and the audit log process them as they would
 * any other; only their contents repeat.
 */
final class StoreSeeding {

    /** Aggregate types whose copies are independent of every other aggregate (no numbering, no shared budget). */
    static final List<String> COPIED_TYPES = List.of("FundApplication", "ProcurementProcess", "AccessRequest");
    private static final Pattern UUID_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int BATCH = 1_000;
    private static final int BATCHES_PER_COMMIT = 10;

    private record Event(String type, long sequence, String timestamp, String payloadType, String payloadRevision,
                         String payload, String metaData) {
    }

    private StoreSeeding() {
    }

    /** What was appended (rows, aggregates, the time it took), the events in the store then and its last index. */
    record Seeded(long rows, long aggregates, double seconds, long total, long head) {
    }

    /** Appends copies of the stored histories until the store holds {@code target} events. */
    static Seeded growTo(Path appData, long target) throws Exception {
        try (Connection c = Ceilings.appStore(appData)) {
            long stored = countAndHead(c)[0];
            if (stored >= target) {
                return new Seeded(0, 0, 0, stored, countAndHead(c)[1]);
            }
            Map<String, List<Event>> histories = templates(c);
            if (histories.isEmpty()) {
                throw new IllegalStateException("No history of " + COPIED_TYPES + " to copy");
            }
            long start = System.nanoTime();
            long appended = 0;
            long aggregates = 0;
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO DomainEventEntry (eventIdentifier, "
                    + "aggregateIdentifier, sequenceNumber, type, timeStamp, payloadType, payloadRevision, payload, "
                    + "metaData) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int inBatch = 0;
                int batches = 0;
                outer:
                while (true) {
                    for (Map.Entry<String, List<Event>> history : histories.entrySet()) {
                        String copy = UUID.randomUUID().toString();
                        aggregates++;
                        for (Event e : history.getValue()) {
                            insert.setString(1, UUID.randomUUID().toString());
                            insert.setString(2, copy);
                            insert.setLong(3, e.sequence());
                            insert.setString(4, e.type());
                            insert.setString(5, e.timestamp());
                            insert.setString(6, e.payloadType());
                            insert.setString(7, e.payloadRevision());
                            insert.setBytes(8, e.payload().replace(history.getKey(), copy)
                                    .getBytes(StandardCharsets.UTF_8));
                            insert.setBytes(9, e.metaData() == null ? null : e.metaData().replace(history.getKey(), copy)
                                    .getBytes(StandardCharsets.UTF_8));
                            insert.addBatch();
                            appended++;
                            if (++inBatch == BATCH) {
                                insert.executeBatch();
                                inBatch = 0;
                                if (++batches % BATCHES_PER_COMMIT == 0) {
                                    c.commit();
                                }
                            }
                        }
                        // whole histories only: a copy is never cut short
                        if (stored + appended >= target) {
                            break outer;
                        }
                    }
                }
                insert.executeBatch();
                c.commit();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] after = countAndHead(c);
            return new Seeded(appended, aggregates, seconds, after[0], after[1]);
        }
    }

    private static long[] countAndHead(Connection c) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), COALESCE(MAX(globalIndex), -1) FROM "
                + "DomainEventEntry"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /** The complete histories of the copied types with UUID identifiers, by identifier, each in sequence order. */
    private static Map<String, List<Event>> templates(Connection c) throws Exception {
        Map<String, List<Event>> histories = new LinkedHashMap<>();
        String types = String.join(",", COPIED_TYPES.stream().map(t -> "?").toList());
        try (PreparedStatement s = c.prepareStatement("SELECT aggregateIdentifier, type, sequenceNumber, timeStamp, "
                + "payloadType, payloadRevision, payload, metaData FROM DomainEventEntry WHERE type IN (" + types
                + ") ORDER BY aggregateIdentifier, sequenceNumber")) {
            for (int i = 0; i < COPIED_TYPES.size(); i++) {
                s.setString(i + 1, COPIED_TYPES.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!UUID_ID.matcher(id).matches()) {
                        continue;
                    }
                    byte[] meta = rs.getBytes(8);
                    histories.computeIfAbsent(id, k -> new ArrayList<>()).add(new Event(rs.getString(2),
                            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            new String(rs.getBytes(7), StandardCharsets.UTF_8),
                            meta == null ? null : new String(meta, StandardCharsets.UTF_8)));
                }
            }
        }
        // a history that does not start at 0 is not whole (cannot happen in Axon's store, but copies must be whole)
        histories.values().removeIf(h -> h.get(0).sequence() != 0);
        return histories;
    }
}
