package cl.redlim.audit.command;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

/** Up to where an aggregate's history is replayed: an instant, a sequence number, or all of it. */
sealed interface AsOf {

    /** Whether the event belongs to the history up to this point. */
    Predicate<DomainEventMessage<?>> includes();

    record Now() implements AsOf {
        @Override
        public Predicate<DomainEventMessage<?>> includes() {
            return e -> true;
        }
    }

    /** Events recorded at or before the instant. */
    record At(Instant instant) implements AsOf {
        @Override
        public Predicate<DomainEventMessage<?>> includes() {
            return e -> !e.getTimestamp().isAfter(instant);
        }
    }

    /** Events up to and including this sequence number. */
    record UpToSequence(long sequence) implements AsOf {
        @Override
        public Predicate<DomainEventMessage<?>> includes() {
            return e -> e.getSequenceNumber() <= sequence;
        }
    }

    static AsOf of(String at, Long sequence) {
        if (at != null && sequence != null) {
            throw invalid("Give 'at' or 'sequence', not both");
        }
        if (sequence != null) {
            if (sequence < 0) {
                throw invalid("'sequence' must be 0 or more, not " + sequence);
            }
            return new UpToSequence(sequence);
        }
        return at == null ? new Now() : new At(instant(at, "at"));
    }

    /** An ISO-8601 instant, in UTC ({@code 2027-03-01T12:00:00Z}) or with an offset. */
    static Instant instant(String text, String parameter) {
        if (text == null || text.isBlank()) {
            throw invalid("'" + parameter + "' must be an ISO-8601 instant, e.g. 2027-03-01T12:00:00Z");
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException notUtc) {
            try {
                return OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw invalid("'" + parameter + "' must be an ISO-8601 instant, e.g. 2027-03-01T12:00:00Z, not '"
                        + abbreviate(text) + "' (in a URL, write + as %2B)");
            }
        }
    }

    static DomainException invalid(String detail) {
        return new DomainException(ErrorCode.VALIDATION_FAILED, detail);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
