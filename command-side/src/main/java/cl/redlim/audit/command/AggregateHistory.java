package cl.redlim.audit.command;

import cl.redlim.audit.command.ReplayableAggregates.Replayable;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The history of one aggregate, read from the event store, and its state at any point of that history, rebuilt by
 * replaying its events from the first through the aggregate's own event-sourcing handlers: never from a read model,
 * never from a snapshot (a snapshot is a later state).
 */
public class AggregateHistory {

    public static final int MAX_LIMIT = 1000;
    public static final int MAX_ID_LENGTH = 200;

    private final Configuration axon;
    private final ReplayableAggregates aggregates;
    private final AggregateStateRenderer renderer;
    private final Clock clock;

    public AggregateHistory(Configuration axon, ReplayableAggregates aggregates, AggregateStateRenderer renderer,
                            Clock clock) {
        this.axon = axon;
        this.aggregates = aggregates;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The events from {@code fromSequence} on, at most {@code limit} of them. */
    public EventPage events(String aggregateId, long fromSequence, int limit) {
        checkId(aggregateId);
        if (fromSequence < 0) {
            throw AsOf.invalid("'fromSequence' must be 0 or more, not " + fromSequence);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw AsOf.invalid("'limit' must be from 1 to " + MAX_LIMIT + ", not " + limit);
        }
        DomainEventStream stream = store().readEvents(aggregateId, fromSequence);
        Serializer serializer = axon.eventSerializer();
        List<RecordedEvent> events = new ArrayList<>();
        String type = null;
        while (events.size() < limit && stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            type = event.getType();
            events.add(RecordedEvent.of(event, serializer));
        }
        if (type == null) {
            DomainEventStream all = store().readEvents(aggregateId, 0);
            if (!all.hasNext()) {
                throw unknown(aggregateId);
            }
            type = all.peek().getType();
        }
        String next = stream.hasNext() ? "/api/v1/audit/aggregates/"
                + UriUtils.encodePathSegment(aggregateId, StandardCharsets.UTF_8) + "/events?fromSequence="
                + stream.peek().getSequenceNumber() + "&limit=" + limit : null;
        return new EventPage(aggregateId, type, fromSequence, limit, events, next);
    }

    /**
     * The state after the events recorded at or before {@code at}, or up to {@code sequence}; with neither, after
     * every event.
     */
    public AggregateState state(String aggregateId, String at, Long sequence) {
        checkId(aggregateId);
        AsOf asOf = AsOf.of(at, sequence);
        Instant now = clock.instant();
        Replay<?> replay = replay(aggregateId);
        replay.advance(asOf.includes(), e -> {
        });
        if (replay.last == null) {
            throw notYet(aggregateId, replay.first);
        }
        if (asOf instanceof AsOf.UpToSequence s && replay.last.getSequenceNumber() < s.sequence()) {
            throw new DomainException(ErrorCode.NOT_FOUND, "Aggregate " + aggregateId + " has events up to sequence "
                    + replay.last.getSequenceNumber() + ", not " + s.sequence());
        }
        Instant asked = asOf instanceof AsOf.At a ? a.instant()
                : asOf instanceof AsOf.UpToSequence ? replay.last.getTimestamp() : now;
        return new AggregateState(aggregateId, replay.type(), asked, replay.last.getSequenceNumber(),
                replay.last.getTimestamp(), replay.render(renderer));
    }

    /** The state at {@code from} and at {@code to} (now when absent), what differs, and the events in between. */
    public StateChanges changes(String aggregateId, String from, String to) {
        checkId(aggregateId);
        Instant start = AsOf.instant(from, "from");
        Instant end = to == null ? clock.instant() : AsOf.instant(to, "to");
        if (start.isAfter(end)) {
            throw AsOf.invalid("'from' (" + start + ") must not be after 'to' (" + end + ")");
        }
        Replay<?> replay = replay(aggregateId);
        replay.advance(new AsOf.At(start).includes(), e -> {
        });
        Long fromVersion = replay.last == null ? null : replay.last.getSequenceNumber();
        JsonNode before = replay.last == null ? null : replay.render(renderer);
        Serializer serializer = axon.eventSerializer();
        List<RecordedEvent> between = new ArrayList<>();
        replay.advance(new AsOf.At(end).includes(), e -> between.add(RecordedEvent.of(e, serializer)));
        if (replay.last == null) {
            throw notYet(aggregateId, replay.first);
        }
        JsonNode after = replay.render(renderer);
        return new StateChanges(aggregateId, replay.type(), start, end, fromVersion,
                replay.last.getSequenceNumber(), before, after, JsonChanges.between(before, after), between);
    }

    private Replay<?> replay(String aggregateId) {
        // from sequence 0: the storage engine then reads events only, never the latest snapshot
        DomainEventStream stream = store().readEvents(aggregateId, 0);
        if (!stream.hasNext()) {
            throw unknown(aggregateId);
        }
        DomainEventMessage<?> first = stream.peek();
        Replayable<?> type = aggregates.forType(first.getType()).orElseThrow(() -> new DomainException(
                ErrorCode.NOT_FOUND, "Aggregate " + aggregateId + " is a " + first.getType()
                + ", a type this system no longer replays"));
        return new Replay<>(type, stream, first);
    }

    private EventStore store() {
        return axon.eventStore();
    }

    private static void checkId(String aggregateId) {
        if (aggregateId == null || aggregateId.isBlank() || aggregateId.length() > MAX_ID_LENGTH) {
            throw AsOf.invalid("An aggregate id has 1 to " + MAX_ID_LENGTH + " characters");
        }
    }

    private static DomainException unknown(String aggregateId) {
        return new DomainException(ErrorCode.NOT_FOUND, "No aggregate " + aggregateId + " has any event");
    }

    private static DomainException notYet(String aggregateId, DomainEventMessage<?> first) {
        return new DomainException(ErrorCode.AGGREGATE_NOT_YET_CREATED, "Aggregate " + aggregateId
                + " did not exist yet: its first event was recorded at " + first.getTimestamp());
    }

    /** One aggregate being rebuilt: an empty root, then the events of each stretch of history in turn. */
    private static final class Replay<T> {
        private final Replayable<T> type;
        private final EventSourcedAggregate<T> aggregate;
        private final Bounded events;
        private final DomainEventMessage<?> first;
        private DomainEventMessage<?> last;

        Replay(Replayable<T> type, DomainEventStream stream, DomainEventMessage<?> first) {
            this.type = type;
            this.first = first;
            this.aggregate = EventSourcedAggregate.initialize(type.newRoot(), type.model(), null,
                    NoSnapshotTriggerDefinition.TRIGGER);
            this.events = new Bounded(stream);
        }

        /** Applies the following events while {@code included} holds, telling {@code seen} of each. */
        void advance(Predicate<DomainEventMessage<?>> included, Consumer<DomainEventMessage<?>> seen) {
            events.bound = included;
            events.seen = e -> {
                last = e;
                seen.accept(e);
            };
            if (events.hasNext()) {
                aggregate.initializeState(events);
            }
        }

        String type() {
            return first.getType();
        }

        JsonNode render(AggregateStateRenderer renderer) {
            return renderer.render(aggregate.getAggregateRoot());
        }
    }

    /** The stored stream, read only while the bound holds: the rest stays for the next stretch. */
    private static final class Bounded implements DomainEventStream {
        private final DomainEventStream source;
        private Predicate<DomainEventMessage<?>> bound = e -> false;
        private Consumer<DomainEventMessage<?>> seen = e -> {
        };
        private Long lastSequence;

        Bounded(DomainEventStream source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            return source.hasNext() && bound.test(source.peek());
        }

        @Override
        public DomainEventMessage<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            DomainEventMessage<?> event = source.next();
            lastSequence = event.getSequenceNumber();
            seen.accept(event);
            return event;
        }

        @Override
        public DomainEventMessage<?> peek() {
            return hasNext() ? source.peek() : null;
        }

        @Override
        public Long getLastSequenceNumber() {
            return lastSequence;
        }
    }
}
