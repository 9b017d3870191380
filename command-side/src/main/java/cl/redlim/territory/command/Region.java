package cl.redlim.territory.command;

import cl.redlim.territory.api.RegionRegisteredEvent;
import cl.redlim.territory.api.RegisterRegionCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One of Chile's regions, identified by its 2-digit CUT code. */
@Aggregate
class Region {

    @AggregateIdentifier
    private String regionCode;

    protected Region() {
    }

    @CommandHandler
    Region(RegisterRegionCommand command) {
        apply(new RegionRegisteredEvent(command.regionCode(), command.name(), command.isoCode()));
    }

    @EventSourcingHandler
    void on(RegionRegisteredEvent event) {
        this.regionCode = event.regionCode();
    }
}
