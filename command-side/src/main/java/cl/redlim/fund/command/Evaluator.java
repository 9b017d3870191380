package cl.redlim.fund.command;

import cl.redlim.access.api.Actor;
import cl.redlim.fund.api.DeclareEvaluatorInterestsCommand;
import cl.redlim.fund.api.EvaluatorInterestsDeclaredEvent;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.territory.api.CommuneRegistry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A fund evaluator and the municipalities they declared ties to; they may not score those communes' applications. */
@Aggregate(commandTargetResolver = "metaDataVersionTargetResolver")
class Evaluator {

    @AggregateIdentifier
    private String aggregateId;
    private Set<CommuneCode> tiedCommunes = Set.of();

    protected Evaluator() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DeclareEvaluatorInterestsCommand command, Actor actor, CommuneRegistry communes) {
        FundApplication.requireActsAs(actor, command.evaluatorId());
        if (command.name() == null || command.name().isBlank()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "An evaluator declares their name");
        }
        List<CommuneCode> tied = command.tiedCommunes() == null ? List.of() : command.tiedCommunes();
        for (CommuneCode cut : tied) {
            if (communes.find(cut).isEmpty()) {
                throw new DomainException(ErrorCode.UNKNOWN_COMMUNE, "No commune " + cut + " is registered");
            }
        }
        apply(new EvaluatorInterestsDeclaredEvent(command.evaluatorId(), command.name(), List.copyOf(tied),
                command.declaredAt()));
    }

    boolean isTiedTo(CommuneCode commune) {
        return tiedCommunes.contains(commune);
    }

    @EventSourcingHandler
    void on(EvaluatorInterestsDeclaredEvent event) {
        this.aggregateId = DeclareEvaluatorInterestsCommand.aggregateIdOf(event.evaluatorId());
        this.tiedCommunes = Set.copyOf(event.tiedCommunes());
    }
}
