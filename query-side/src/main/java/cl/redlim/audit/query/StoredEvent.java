package cl.redlim.audit.query;

import cl.redlim.audit.log.CanonicalEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Instant;

/**
 * An event exactly as the event store keeps it: serialized payload and metadata, before any upcaster. The log hashes
 * this form, so that a later upcaster never changes a leaf.
 *
 * @param position the event's place in the store's global order (the tracking token's position)
 * @param payload  the serialized payload (JSON text, UTF-8)
 * @param metaData the serialized metadata (JSON text, UTF-8), or {@code null} for none
 */
public record StoredEvent(long position, String eventId, String aggregateType, String aggregateId, Long sequence,
                          String payloadType, String payloadRevision, Instant timestamp, byte[] payload,
                          byte[] metaData) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The canonical event object: the leaf's content and the {@code event} of a feed line. */
    public ObjectNode canonical() {
        return CanonicalEvent.of(eventId, aggregateType, aggregateId, sequence, payloadType, payloadRevision,
                timestamp, parse(payload), metaData == null ? JsonNodeFactory.instance.objectNode() : parse(metaData));
    }

    private static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            // a payload that is not JSON is hashed as the text it is
            return JsonNodeFactory.instance.textNode(new String(json, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
