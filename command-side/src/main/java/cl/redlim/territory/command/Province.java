package cl.redlim.territory.command;

import cl.redlim.territory.api.ProvinceRegisteredEvent;
import cl.redlim.territory.api.RegisterProvinceCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A province, identified by its 3-digit CUT code. */
@Aggregate
class Province {

    @AggregateIdentifier
    private String provinceCode;

    protected Province() {
    }

    @CommandHandler
    Province(RegisterProvinceCommand command) {
        apply(new ProvinceRegisteredEvent(command.provinceCode(), command.name(), command.regionCode()));
    }

    @EventSourcingHandler
    void on(ProvinceRegisteredEvent event) {
        this.provinceCode = event.provinceCode();
    }
}
