package cl.redlim.territory.command;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.territory.api.ClassifyCommuneCommand;
import cl.redlim.territory.api.CommuneClassifiedEvent;
import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.CommuneRegisteredEvent;
import cl.redlim.territory.api.CommuneRegistry.CommuneProfile;
import cl.redlim.territory.api.RegisterCommuneCommand;
import cl.redlim.territory.api.Rurality;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A commune, identified by its CUT code, with the classification the fund differentiates resources by. */
@Aggregate(commandTargetResolver = "metaDataVersionTargetResolver")
class Commune {

    @AggregateIdentifier
    private CommuneCode cut;
    private String name;
    private CommuneGroup group;
    private Rurality rurality;

    protected Commune() {
    }

    @CommandHandler
    Commune(RegisterCommuneCommand command) {
        if (!command.cut().provinceCode().equals(command.provinceCode())) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "Commune " + command.cut() + " cannot belong to province " + command.provinceCode());
        }
        apply(new CommuneRegisteredEvent(command.cut(), command.name(), command.provinceCode(),
                command.cut().regionCode()));
    }

    @CommandHandler
    void handle(ClassifyCommuneCommand command) {
        if (command.group() == null || command.rurality() == null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "A classification needs a group and a rurality");
        }
        if (command.group() == group && command.rurality() == rurality) {
            return; // already so: recording it again would add noise, not a fact
        }
        apply(new CommuneClassifiedEvent(cut, command.group(), command.rurality(), command.classifiedAt()));
    }

    CommuneProfile profile() {
        return new CommuneProfile(cut, name, group, rurality);
    }

    @EventSourcingHandler
    void on(CommuneRegisteredEvent event) {
        this.cut = event.cut();
        this.name = event.name();
    }

    @EventSourcingHandler
    void on(CommuneClassifiedEvent event) {
        this.group = event.group();
        this.rurality = event.rurality();
    }
}
