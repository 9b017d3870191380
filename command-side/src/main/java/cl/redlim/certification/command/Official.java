package cl.redlim.certification.command;

import cl.redlim.access.api.Actor;
import cl.redlim.certification.api.*;
import cl.redlim.kernel.Checks;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.kernel.Rut;
import cl.redlim.territory.api.CommuneRegistry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static cl.redlim.kernel.Checks.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A municipal official, identified by a validated RUT, and the municipality where they work now. The municipality's
 * own system registers them; a transfer is recorded by the municipality they move to.
 */
@Aggregate(commandTargetResolver = "metaDataVersionTargetResolver")
class Official {

    @AggregateIdentifier
    private String officialId;
    private Rut rut;
    private String name;
    private CommuneCode municipality;

    protected Official() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterOfficialCommand command, Actor actor, CommuneRegistry communes) {
        if (rut != null) {
            throw refused(ErrorCode.OFFICIAL_ALREADY_REGISTERED, "Official " + rut + " is registered already");
        }
        Checks.present(command.rut(), "The RUT");
        if (!OfficialId.of(command.rut()).equals(command.officialId())) {
            throw refused(ErrorCode.VALIDATION_FAILED, "The official's id is " + OfficialId.of(command.rut()));
        }
        Checks.present(command.municipality(), "The municipality");
        actor.requireMayActFor(command.municipality());
        requireKnown(command.municipality(), communes);
        Checks.text(command.name(), "The official's name");
        Checks.present(command.registeredAt(), "The instant");
        apply(new OfficialRegisteredEvent(command.officialId(), command.rut(), command.name().strip(),
                command.municipality(), Checks.blankToNull(command.position()), command.registeredAt()));
    }

    @CommandHandler
    void handle(TransferOfficialCommand command, Actor actor, CommuneRegistry communes) {
        Checks.present(command.toMunicipality(), "The new municipality");
        actor.requireMayActFor(command.toMunicipality());
        requireKnown(command.toMunicipality(), communes);
        if (command.toMunicipality().equals(municipality)) {
            throw refused(ErrorCode.OFFICIAL_ALREADY_THERE, "Official " + rut + " works at " + municipality
                    + " already");
        }
        Checks.present(command.effectiveOn(), "The date the transfer takes effect");
        Checks.present(command.transferredAt(), "The instant");
        apply(new OfficialTransferredEvent(officialId, rut, municipality, command.toMunicipality(),
                Checks.blankToNull(command.position()), command.effectiveOn(), command.transferredAt()));
    }

    /** Who the official is now, for the certification aggregate. */
    Officials.Profile profile() {
        return new Officials.Profile(rut, name, municipality);
    }

    private static void requireKnown(CommuneCode commune, CommuneRegistry communes) {
        if (communes.find(commune).isEmpty()) {
            throw refused(ErrorCode.UNKNOWN_COMMUNE, "No commune " + commune + " is registered");
        }
    }

    @EventSourcingHandler
    void on(OfficialRegisteredEvent event) {
        this.officialId = event.officialId();
        this.rut = event.rut();
        this.name = event.name();
        this.municipality = event.municipality();
    }

    @EventSourcingHandler
    void on(OfficialTransferredEvent event) {
        this.municipality = event.toMunicipality();
    }
}
