package cl.redlim.audit.command;

import cl.redlim.access.api.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.EntityId;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A small aggregate for the replay tests: a root with entries as {@code @AggregateMember} entities that handle their
 * own events, a set, and command handlers that need the configuration's parameter resolvers (an {@link Actor} and a
 * registered component), as RedLIM's aggregates do.
 */
class Ledger {

    @AggregateIdentifier
    private String ledgerId;
    private String title;
    private String openedBy;
    private Instant openedAt;
    private Set<String> tags = new HashSet<>();
    private boolean closed;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private List<Entry> entries = new ArrayList<>();

    protected Ledger() {
    }

    @CommandHandler
    Ledger(Open command, Actor actor) {
        apply(new Opened(command.ledgerId(), command.title(), actor.principal(), command.at()));
    }

    @CommandHandler
    void handle(Add command, EntryRules rules) {
        rules.check(command.amount());
        apply(new Added(ledgerId, command.entryId(), command.amount(), command.tag()));
    }

    @CommandHandler
    void handle(Close command) {
        apply(new Closed(ledgerId));
    }

    @EventSourcingHandler
    void on(Opened event) {
        ledgerId = event.ledgerId();
        title = event.title();
        openedBy = event.openedBy();
        openedAt = event.at();
    }

    @EventSourcingHandler
    void on(Added event) {
        entries.add(new Entry(event.entryId(), event.amount()));
        tags.add(event.tag());
    }

    @EventSourcingHandler
    void on(Closed event) {
        closed = true;
    }

    /** A member entity: it handles its corrections itself. */
    static class Entry {
        @EntityId
        private final String entryId;
        private long amount;
        private int corrections;

        Entry(String entryId, long amount) {
            this.entryId = entryId;
            this.amount = amount;
        }

        @CommandHandler
        void handle(Correct command) {
            apply(new Corrected(command.ledgerId(), entryId, command.amount()));
        }

        @EventSourcingHandler
        void on(Corrected event) {
            amount = event.amount();
            corrections++;
        }
    }

    /** A component the configuration provides, as Spring beans are to RedLIM's aggregates. */
    static class EntryRules {
        void check(long amount) {
            if (amount < 0) {
                throw new IllegalArgumentException("negative");
            }
        }
    }

    record Open(@TargetAggregateIdentifier String ledgerId, String title, Instant at) {
    }

    record Add(@TargetAggregateIdentifier String ledgerId, String entryId, long amount, String tag) {
    }

    record Correct(@TargetAggregateIdentifier String ledgerId, String entryId, long amount) {
    }

    record Close(@TargetAggregateIdentifier String ledgerId) {
    }

    record Opened(String ledgerId, String title, String openedBy, Instant at) {
    }

    record Added(String ledgerId, String entryId, long amount, String tag) {
    }

    record Corrected(String ledgerId, String entryId, long amount) {
    }

    record Closed(String ledgerId) {
    }
}
