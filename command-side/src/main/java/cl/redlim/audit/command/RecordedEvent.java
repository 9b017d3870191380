package cl.redlim.audit.command;

import cl.redlim.access.api.Actor;
import cl.redlim.platform.axon.MetaDataKeys;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One stored event of an aggregate, as an auditor reads it: where it is in the aggregate's history, what it says
 * (its payload as the event serializer writes it) and who did it, from the metadata every command copies onto its
 * events.
 *
 * @param type     the payload's class name, as stored
 * @param revision the payload's revision, as stored ({@code null} when it has none)
 * @param metaData the whole metadata, by key
 */
public record RecordedEvent(long sequence, String eventId, String type, String revision, Instant timestamp,
                            String principal, String role, String client, String correlationId, String causationId,
                            JsonNode payload, Map<String, Object> metaData) {

    static RecordedEvent of(DomainEventMessage<?> event, Serializer serializer) {
        // the stored form when the message still holds it; the payload serialized again otherwise
        SerializedObject<JsonNode> payload = event.serializePayload(serializer, JsonNode.class);
        Map<String, Object> meta = new TreeMap<>(event.getMetaData());
        return new RecordedEvent(event.getSequenceNumber(), event.getIdentifier(), payload.getType().getName(),
                payload.getType().getRevision(), event.getTimestamp(), text(meta, Actor.PRINCIPAL),
                text(meta, Actor.ROLE), text(meta, Actor.CLIENT), text(meta, MetaDataKeys.CORRELATION_ID),
                text(meta, MetaDataKeys.CAUSATION_ID), payload.getData(), meta);
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
