package cl.redlim.platform.axon;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The current state of one aggregate, read for <em>another</em> aggregate's decision (is the call open? is the
 * commune classified?) without taking the aggregate's lock. Loading it through its repository would lock it until
 * the caller's unit of work ends, commit included, so every draft to the same call would wait for the one before
 * it. The view is read from the committed events through the aggregate's own event-sourcing handlers, and kept with
 * the sequence number it was built to: while the store's last sequence number for the aggregate is the same, the
 * kept view answers (one indexed lookup instead of the whole history).
 *
 * <p>The answer is the state as of the last commit, as any read is: a decision that must be atomic with a change of
 * this aggregate goes through its repository and its command handlers instead (awarding a call's money does).
 */
public final class CurrentState<T, V> {

    private final Supplier<Configuration> axon;
    private final Class<T> type;
    private final Supplier<T> emptyRoot;
    private final Function<T, V> view;
    private final Cache<String, Versioned<V>> views;
    private volatile AggregateModel<T> model;

    private record Versioned<V>(long sequence, V view) {
    }

    /**
     * @param axon      the Axon configuration (a supplier: it is built after the beans that use this); its event store,
     *                  parameter resolvers and handler definitions, as the aggregate's repository has them
     * @param emptyRoot an aggregate root before its first event (its no-argument constructor)
     * @param view      what callers get from a rebuilt root; an immutable value
     */
    public CurrentState(Supplier<Configuration> axon, Class<T> type, Supplier<T> emptyRoot, Function<T, V> view,
                        int maximumKept) {
        this.axon = axon;
        this.type = type;
        this.emptyRoot = emptyRoot;
        this.view = view;
        this.views = Caffeine.newBuilder().maximumSize(maximumKept).build();
    }

    /**
     * The view of the aggregate as of its last committed event; empty when there is no event under that id, or when
     * they are another kind of aggregate's (as the repository refuses such an id).
     */
    public Optional<V> find(String aggregateId) {
        EventStore events = axon.get().eventStore();
        Optional<Long> last = events.lastSequenceNumberFor(aggregateId);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Versioned<V> kept = views.getIfPresent(aggregateId);
        if (kept != null && kept.sequence() == last.get()) {
            return Optional.of(kept.view());
        }
        DomainEventStream history = events.readEvents(aggregateId);
        if (!history.hasNext() || !model().type().equals(history.peek().getType())) {
            // no longer there, or the events of another kind of aggregate under that id
            return Optional.empty();
        }
        EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(emptyRoot.get(), model(), null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(history);
        V current = view.apply(aggregate.getAggregateRoot());
        Long sequence = aggregate.version();
        if (sequence != null) {
            // events committed after the lookup above are in the replay: the view is kept at what it was built to
            views.asMap().merge(aggregateId, new Versioned<>(sequence, current),
                    (old, built) -> built.sequence() >= old.sequence() ? built : old);
        }
        return Optional.of(current);
    }

    private AggregateModel<T> model() {
        AggregateModel<T> known = model;
        if (known == null) {
            Configuration configuration = axon.get();
            known = AnnotatedAggregateMetaModelFactory.inspectAggregate(type, configuration.parameterResolverFactory(),
                    configuration.handlerDefinition(type));
            model = known;
        }
        return known;
    }
}
