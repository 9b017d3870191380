package cl.redlim.app.standalone;

import cl.redlim.procurement.query.ocds.ProcurementScenarios.Scenario;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Appends procurement histories to the running system's event store, as the procurement aggregate would record
 * them, so that read models of procurement can be tested end to end over HTTP whatever commands exist.
 */
final class ProcurementEvents {

    static final String AGGREGATE_TYPE = "ProcurementProcess";

    private ProcurementEvents() {
    }

    /** Appends the events of the scenario from index {@code from} (inclusive) to {@code to} (exclusive). */
    static void append(RunningSystem system, Scenario scenario, int from, int to) {
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = from; i < to; i++) {
            messages.add(new GenericDomainEventMessage<>(AGGREGATE_TYPE, scenario.processId(), i,
                    scenario.events().get(i)));
        }
        system.context().getBean(EventStore.class).publish(messages);
    }

    static void appendAll(RunningSystem system, Scenario scenario) {
        append(system, scenario, 0, scenario.events().size());
    }
}
