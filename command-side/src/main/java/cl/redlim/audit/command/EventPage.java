package cl.redlim.audit.command;

import java.util.List;

/**
 * A page of one aggregate's events, in sequence order.
 *
 * @param next the path of the following page, or {@code null} when this page holds the last event
 */
public record EventPage(String aggregateId, String aggregateType, long fromSequence, int limit,
                        List<RecordedEvent> events, String next) {
}
