package cl.redlim.procurement.query.ocds;

import cl.redlim.procurement.query.ocds.ProcurementScenarios.Scenario;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * Feeds events to the OCDS projection through Axon's own handler adapter, as a tracking processor would: procurement
 * events as domain events of their process, with the sequence number of their index in the scenario.
 */
final class OcdsFeed {

    static final String AGGREGATE_TYPE = "ProcurementProcess";

    private final AnnotationEventHandlerAdapter adapter;

    OcdsFeed(OcdsReleaseProjection projection) {
        this.adapter = new AnnotationEventHandlerAdapter(projection);
    }

    OcdsFeed territory() {
        ProcurementScenarios.territory().forEach(e -> handle(GenericEventMessage.asEventMessage(e)));
        return this;
    }

    void event(Scenario scenario, int index) {
        handle(new GenericDomainEventMessage<>(AGGREGATE_TYPE, scenario.processId(), index,
                scenario.events().get(index)));
    }

    void all(Scenario scenario) {
        for (int i = 0; i < scenario.events().size(); i++) {
            event(scenario, i);
        }
    }

    private void handle(EventMessage<?> message) {
        try {
            adapter.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("The projection failed on " + message.getPayloadType().getSimpleName(), e);
        }
    }
}
