package cl.redlim.audit.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.erdtman.jcs.JsonCanonicalizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A stored event as a log leaf. The leaf input is the RFC 8785 (JCS) canonical JSON, in UTF-8, of an object with
 * exactly the fields of {@link #FIELDS}; the leaf hash is {@code SHA-256(0x00 || input)}. The same object is the
 * {@code event} of each line of the exported feed, so a verifier recomputes a leaf from the line alone.
 * See docs/contexts/audit-log.md.
 */
public final class CanonicalEvent {

    public static final List<String> FIELDS = List.of("eventId", "aggregateType", "aggregateId", "sequence",
            "payloadType", "payloadRevision", "timestamp", "payload", "metaData");

    /** Milliseconds, UTC, always three fraction digits: what every event store keeps of an event's time. */
    public static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final ObjectMapper JSON = new ObjectMapper();

    private CanonicalEvent() {
    }

    /**
     * The event object, from the event as stored.
     *
     * @param payload  the stored payload, parsed
     * @param metaData the stored metadata, parsed (an object)
     */
    public static ObjectNode of(String eventId, String aggregateType, String aggregateId, Long sequence,
                                String payloadType, String payloadRevision, Instant timestamp,
                                JsonNode payload, JsonNode metaData) {
        ObjectNode event = JSON.createObjectNode();
        event.put("eventId", eventId);
        event.put("aggregateType", aggregateType);
        event.put("aggregateId", aggregateId);
        if (sequence == null) {
            event.putNull("sequence");
        } else {
            event.put("sequence", sequence.longValue());
        }
        event.put("payloadType", payloadType);
        event.put("payloadRevision", payloadRevision);
        event.put("timestamp", timestamp(timestamp));
        event.set("payload", payload);
        event.set("metaData", metaData);
        return event;
    }

    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The RFC 8785 canonical UTF-8 bytes of an event object. */
    public static byte[] leafInput(JsonNode event) {
        try {
            return new JsonCanonicalizer(JSON.writeValueAsString(event)).getEncodedUTF8();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot canonicalise the event", e);
        }
    }

    public static byte[] leafHash(JsonNode event) {
        return MerkleHash.leaf(leafInput(event));
    }
}
