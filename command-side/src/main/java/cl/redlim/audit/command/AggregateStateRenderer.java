package cl.redlim.audit.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An aggregate root as JSON: its fields (and its members' fields), whatever their visibility, never its methods, so
 * that what is shown is exactly what the event-sourcing handlers assigned. Instants, records and value objects are
 * written as in stored events. Maps are ordered by key and sets by value, so that the same state always renders the
 * same way and a difference between two renderings is a difference of state.
 */
public class AggregateStateRenderer {

    private final ObjectMapper mapper;

    public AggregateStateRenderer() {
        AtomicReference<ObjectMapper> self = new AtomicReference<>();
        this.mapper = JsonMapper.builder()
                .findAndAddModules()
                .addModule(new SimpleModule("redlim-sorted-sets").addSerializer(new SortedSetSerializer(self)))
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
        self.set(mapper);
    }

    public JsonNode render(Object aggregateRoot) {
        return mapper.valueToTree(aggregateRoot);
    }

    /** A set's elements in the order of their JSON text: hash order depends on history, not on content. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class SortedSetSerializer extends StdSerializer<Set> {

        private final transient AtomicReference<ObjectMapper> mapper;

        SortedSetSerializer(AtomicReference<ObjectMapper> mapper) {
            super(Set.class);
            this.mapper = mapper;
        }

        @Override
        public void serialize(Set value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            List<JsonNode> elements = new ArrayList<>(value.size());
            for (Object element : value) {
                elements.add(mapper.get().valueToTree(element));
            }
            elements.sort(Comparator.comparing(JsonNode::toString));
            gen.writeStartArray(value, elements.size());
            for (JsonNode element : elements) {
                gen.writeTree(element);
            }
            gen.writeEndArray();
        }
    }
}
