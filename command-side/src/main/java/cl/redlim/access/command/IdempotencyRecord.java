package cl.redlim.access.command;

import cl.redlim.access.api.IdempotentRequestRecordedEvent;
import cl.redlim.access.api.RecordIdempotentRequestCommand;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The memory of one Idempotency-Key of one principal. Recorded in the same unit of work as the command it
 * answers; a second record while the first is unexpired is refused, which rolls back the twin request's command.
 */
@Aggregate
class IdempotencyRecord {

    @AggregateIdentifier
    private String aggregateId;
    private Instant expiresAt;
    private IdempotentRequestRecordedEvent last;

    protected IdempotencyRecord() {
    }

    /** The first request with this key: recorded with the command it answers. */
    IdempotencyRecord(RecordIdempotentRequestCommand c) {
        record(c);
    }

    /** A later request with the same key: only once the earlier record expired. */
    void renew(RecordIdempotentRequestCommand c) {
        if (expiresAt.isAfter(c.recordedAt())) {
            throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION,
                    "A request with this Idempotency-Key was processed already");
        }
        record(c);
    }

    private void record(RecordIdempotentRequestCommand c) {
        apply(new IdempotentRequestRecordedEvent(c.keyHash(), c.principal(), c.fingerprint(), c.status(),
                c.location(), c.etag(), c.body(), c.recordedAt(), c.expiresAt()));
    }

    IdempotentRequestRecordedEvent last() {
        return last;
    }

    @EventSourcingHandler
    void on(IdempotentRequestRecordedEvent event) {
        this.aggregateId = RecordIdempotentRequestCommand.aggregateIdOf(event.keyHash());
        this.expiresAt = event.expiresAt();
        this.last = event;
    }
}
