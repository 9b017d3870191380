package cl.redlim.audit.command;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * An aggregate as it was at an instant, rebuilt from its events up to then.
 *
 * @param at                 the instant asked for (with {@code sequence}, the timestamp of that event; neither: now)
 * @param version            the sequence number of the last event applied
 * @param lastEventTimestamp when that event was recorded
 * @param state              the aggregate root's fields, its members' included
 */
public record AggregateState(String aggregateId, String aggregateType, Instant at, long version,
                             Instant lastEventTimestamp, JsonNode state) {
}
