package cl.redlim.audit.command;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * What changed in an aggregate between two instants.
 *
 * @param fromVersion the last sequence applied at {@code from}, {@code null} when the aggregate did not exist yet
 * @param before      the state at {@code from}, {@code null} when the aggregate did not exist yet
 * @param after       the state at {@code to}
 * @param changes     every field that differs, as a JSON pointer into the state, with its value before and after
 * @param events      the events recorded after {@code from} and up to {@code to}, in order
 */
public record StateChanges(String aggregateId, String aggregateType, Instant from, Instant to, Long fromVersion,
                           long toVersion, JsonNode before, JsonNode after, List<FieldChange> changes,
                           List<RecordedEvent> events) {

    /**
     * One changed field.
     *
     * @param path   a JSON pointer (RFC 6901) into the state, e.g. {@code /evaluations/1/score}
     * @param before the value at {@code from}; {@code null} when the field did not exist
     * @param after  the value at {@code to}; {@code null} when the field no longer exists
     */
    public record FieldChange(String path, JsonNode before, JsonNode after) {
    }
}
