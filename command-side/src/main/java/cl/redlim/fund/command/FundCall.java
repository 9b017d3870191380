package cl.redlim.fund.command;

import cl.redlim.fund.api.AllocateFundCallBudgetCommand;
import cl.redlim.fund.api.AmendFundCallCommand;
import cl.redlim.fund.api.CloseFundCallCommand;
import cl.redlim.fund.api.FundCallAmendedEvent;
import cl.redlim.fund.api.FundCallBudgetAllocatedEvent;
import cl.redlim.fund.api.FundCallClosedEvent;
import cl.redlim.fund.api.FundCallPublishedEvent;
import cl.redlim.fund.api.FundCallTerms;
import cl.redlim.fund.api.GroupCap;
import cl.redlim.fund.api.PublishFundCallCommand;
import cl.redlim.kernel.Clp;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.territory.api.CommuneGroup;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A call (convocatoria) of the Municipal Innovation Fund. It owns its budget: every award commits money here first,
 * so two awards racing for the last pesos cannot both succeed.
 */
@Aggregate(commandTargetResolver = "metaDataVersionTargetResolver")
class FundCall {

    @AggregateIdentifier
    private String callId;
    private FundCallTerms terms;
    private boolean closed;
    private Clp allocated = Clp.ZERO;
    private final Map<CommuneGroup, Clp> allocatedByGroup = new EnumMap<>(CommuneGroup.class);
    private final Set<String> fundedApplications = new HashSet<>();

    protected FundCall() {
    }

    @CommandHandler
    FundCall(PublishFundCallCommand command) {
        FundCallTermsPolicy.check(command.terms(), command.publishedAt());
        apply(new FundCallPublishedEvent(command.callId(), command.terms(), command.publishedAt()));
    }

    @CommandHandler
    void handle(AmendFundCallCommand command) {
        if (closed || !command.amendedAt().isBefore(terms.opensAt())) {
            throw new DomainException(ErrorCode.INVALID_STATE_TRANSITION,
                    "A call can be amended only before it opens (it opened at " + terms.opensAt() + ")");
        }
        FundCallTermsPolicy.check(command.terms(), command.amendedAt());
        if (!command.terms().opensAt().isAfter(command.amendedAt())) {
            throw new DomainException(ErrorCode.INVALID_FUND_CALL_TERMS,
                    "An amendment cannot move the opening into the past; close the call and publish a new one");
        }
        apply(new FundCallAmendedEvent(callId, command.terms(), command.amendedAt()));
    }

    @CommandHandler
    void handle(CloseFundCallCommand command) {
        if (closed) {
            throw new DomainException(ErrorCode.INVALID_STATE_TRANSITION, "The call is closed already");
        }
        apply(new FundCallClosedEvent(callId, command.closedAt()));
    }

    @CommandHandler
    void handle(AllocateFundCallBudgetCommand command) {
        if (fundedApplications.contains(command.applicationId())) {
            throw new DomainException(ErrorCode.INVALID_STATE_TRANSITION, "That application is funded already");
        }
        Clp remaining = terms.totalBudget().minus(allocated);
        if (command.amount().isGreaterThan(remaining)) {
            throw new DomainException(ErrorCode.INSUFFICIENT_CALL_BUDGET,
                    "The call has " + remaining.amount() + " CLP left; " + command.amount().amount() + " asked");
        }
        Clp groupRemaining = capOf(command.group()).minus(allocatedByGroup.getOrDefault(command.group(), Clp.ZERO));
        if (command.amount().isGreaterThan(groupRemaining)) {
            throw new DomainException(ErrorCode.GROUP_CAP_EXCEEDED, "Group " + command.group().number() + " has "
                    + groupRemaining.amount() + " CLP left under its cap; " + command.amount().amount() + " asked");
        }
        apply(new FundCallBudgetAllocatedEvent(callId, command.applicationId(), command.group(), command.amount(),
                command.allocatedAt()));
    }

    FundCallSnapshot snapshot() {
        return new FundCallSnapshot(callId, terms, closed);
    }

    private Clp capOf(CommuneGroup group) {
        return terms.groupCaps().stream().filter(c -> c.group() == group).map(GroupCap::cap)
                .findFirst().orElse(Clp.ZERO);
    }

    @EventSourcingHandler
    void on(FundCallPublishedEvent event) {
        this.callId = event.callId();
        this.terms = event.terms();
    }

    @EventSourcingHandler
    void on(FundCallAmendedEvent event) {
        this.terms = event.terms();
    }

    @EventSourcingHandler
    void on(FundCallClosedEvent event) {
        this.closed = true;
    }

    @EventSourcingHandler
    void on(FundCallBudgetAllocatedEvent event) {
        this.allocated = allocated.plus(event.amount());
        this.allocatedByGroup.merge(event.group(), event.amount(), Clp::plus);
        this.fundedApplications.add(event.applicationId());
    }
}
