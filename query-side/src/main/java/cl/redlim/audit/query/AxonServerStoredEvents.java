package cl.redlim.audit.query;

import io.axoniq.axonserver.connector.event.EventStream;
import io.axoniq.axonserver.grpc.MetaDataValue;
import io.axoniq.axonserver.grpc.event.Event;
import io.axoniq.axonserver.grpc.event.EventWithToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Events as Axon Server keeps them (the production topology): the payload bytes as stored, and the metadata from
 * Axon Server's typed map as a JSON object (text, numbers, booleans; serialized values parsed as JSON). Reads the
 * positions asked with one stream from the lowest of them.
 *
 * <p>Not exercised by the test suite: no Axon Server runs on the build machine; the standalone topology's reader is.
 */
public class AxonServerStoredEvents implements StoredEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AxonServerConnectionManager connections;

    public AxonServerStoredEvents(AxonServerConnectionManager connections) {
        this.connections = connections;
    }

    @Override
    public Map<Long, StoredEvent> at(Collection<Long> positions) {
        Map<Long, StoredEvent> found = new HashMap<>();
        Positions asked = Positions.of(positions);
        if (asked == null) {
            return found;
        }
        Set<Long> wanted = asked.wanted();
        long min = asked.min();
        long max = asked.max();
        EventStream stream = connections.getConnection().eventChannel().openStream(min, Math.min(1024, (int) (max - min + 1)));
        try {
            while (true) {
                EventWithToken next = stream.nextIfAvailable(10, TimeUnit.SECONDS);
                if (next == null || next.getToken() > max) {
                    break;
                }
                if (wanted.contains(next.getToken())) {
                    found.put(next.getToken(), stored(next.getToken(), next.getEvent()));
                }
                if (next.getToken() == max) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading Axon Server", e);
        } finally {
            stream.close();
        }
        return found;
    }

    private static StoredEvent stored(long position, Event event) {
        String revision = event.getPayload().getRevision();
        return new StoredEvent(position, event.getMessageIdentifier(),
                event.getAggregateType().isEmpty() ? null : event.getAggregateType(),
                event.getAggregateIdentifier().isEmpty() ? null : event.getAggregateIdentifier(),
                event.getAggregateType().isEmpty() ? null : event.getAggregateSequenceNumber(),
                event.getPayload().getType(), revision.isEmpty() ? null : revision,
                Instant.ofEpochMilli(event.getTimestamp()), event.getPayload().getData().toByteArray(),
                metaData(event.getMetaDataMap()));
    }

    private static byte[] metaData(Map<String, MetaDataValue> values) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        new TreeMap<>(values).forEach((key, value) -> {
            switch (value.getDataCase()) {
                case TEXT_VALUE -> node.put(key, value.getTextValue());
                case NUMBER_VALUE -> node.put(key, value.getNumberValue());
                case BOOLEAN_VALUE -> node.put(key, value.getBooleanValue());
                case DOUBLE_VALUE -> node.put(key, value.getDoubleValue());
                case BYTES_VALUE -> {
                    String data = value.getBytesValue().getData().toString(StandardCharsets.UTF_8);
                    try {
                        node.set(key, JSON.readTree(data));
                    } catch (IOException e) {
                        node.put(key, data);
                    }
                }
                default -> node.putNull(key);
            }
        });
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
