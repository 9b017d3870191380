package cl.redlim.access.command;

import cl.redlim.access.api.IdempotentRequestRecordedEvent;
import cl.redlim.access.api.RecordIdempotentRequestCommand;
import cl.redlim.platform.IdempotencyLedger;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

@Component
class AggregateIdempotencyLedger implements IdempotencyLedger {

    private final EventStore eventStore;
    private final Repository<IdempotencyRecord> records;

    AggregateIdempotencyLedger(EventStore eventStore,
                               @Qualifier("idempotencyRecordRepository") Repository<IdempotencyRecord> records) {
        this.eventStore = eventStore;
        this.records = records;
    }

    @Override
    public Optional<Entry> find(String keyHash, Instant now) {
        IdempotentRequestRecordedEvent last = null;
        var events = eventStore.readEvents(RecordIdempotentRequestCommand.aggregateIdOf(keyHash));
        while (events.hasNext()) {
            if (events.next().getPayload() instanceof IdempotentRequestRecordedEvent e) {
                last = e;
            }
        }
        if (last == null || !last.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new Entry(last.fingerprint(), last.status(), last.location(), last.etag(), last.body()));
    }

    @Override
    public void record(RecordIdempotentRequestCommand command) {
        try {
            records.load(command.aggregateId()).execute(r -> r.renew(command));
        } catch (AggregateNotFoundException first) {
            try {
                records.newInstance(() -> new IdempotencyRecord(command));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
