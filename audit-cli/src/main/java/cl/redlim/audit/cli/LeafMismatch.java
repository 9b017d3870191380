package cl.redlim.audit.cli;

/**
 * A leaf whose event, recomputed from the feed, is not the one the log recorded.
 *
 * @param recordedEventId the event id the log recorded for this leaf ({@code null} when the feed has no line)
 * @param foundEventId    the id of the event found now at this position ({@code null} when none)
 * @param aggregateType   of the event found, as the remaining fields; {@code null} when none
 */
record LeafMismatch(long leafIndex, Kind kind, String recordedEventId, String foundEventId, String aggregateType,
                    String aggregateId, Long sequence, String payloadType) {

    enum Kind {
        PAYLOAD_OR_METADATA_CHANGED("payload or metadata changed"),
        DIFFERENT_EVENT("different event at this position"),
        MISSING_FROM_STORE("missing from the store"),
        MISSING_FROM_FEED("no line in the feed"),
        DUPLICATE_LINE("line repeated or out of order in the feed"),
        LINE_EVENT_ID_MISMATCH("the line's eventId is not its event's"),
        RECORD_ALTERED("the log's recorded leaf hash was altered (the event matches the signed tree head)");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    LeafMismatch withKind(Kind other) {
        return new LeafMismatch(leafIndex, other, recordedEventId, foundEventId, aggregateType, aggregateId, sequence,
                payloadType);
    }

    /** {@code leaf 4711 (event ...): payload or metadata changed} */
    String headline() {
        String event = recordedEventId != null ? recordedEventId : foundEventId;
        return "leaf " + leafIndex + (event == null ? "" : " (event " + event + ")") + ": " + kind.text;
    }
}
