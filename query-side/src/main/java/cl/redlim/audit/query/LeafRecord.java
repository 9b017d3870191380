package cl.redlim.audit.query;

import org.bson.Document;
import org.bson.types.Binary;

import java.time.Instant;

/**
 * What the log records of each leaf: its hash, the event it stands for and where that event was in the store, and
 * the facts auditors search by (who, which request, which municipality). Short field names: there is one per event.
 */
public record LeafRecord(long index, byte[] hash, String eventId, long position, String payloadType,
                         String aggregateType, String aggregateId, Long sequence, Instant timestamp,
                         String correlationId, String causationId, String principal, String role, String client,
                         String municipality) {

    Document toDocument() {
        Document d = new Document("i", index).append("h", new Binary(hash)).append("e", eventId).append("p", position)
                .append("t", payloadType).append("a", aggregateType).append("g", aggregateId).append("s", sequence)
                .append("ts", timestamp.toEpochMilli());
        putIfPresent(d, "c", correlationId);
        putIfPresent(d, "x", causationId);
        putIfPresent(d, "u", principal);
        putIfPresent(d, "r", role);
        putIfPresent(d, "k", client);
        putIfPresent(d, "m", municipality);
        return d;
    }

    static LeafRecord from(Document d) {
        Number sequence = d.get("s", Number.class);
        return new LeafRecord(d.get("i", Number.class).longValue(), d.get("h", Binary.class).getData(),
                d.getString("e"), d.get("p", Number.class).longValue(), d.getString("t"), d.getString("a"),
                d.getString("g"), sequence == null ? null : sequence.longValue(),
                Instant.ofEpochMilli(d.get("ts", Number.class).longValue()), d.getString("c"), d.getString("x"),
                d.getString("u"), d.getString("r"), d.getString("k"), d.getString("m"));
    }

    private static void putIfPresent(Document d, String key, String value) {
        if (value != null) {
            d.append(key, value);
        }
    }

    /** The simple name of the payload type, e.g. {@code FundApplicationSubmittedEvent}. */
    public String typeName() {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
