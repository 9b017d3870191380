package cl.redlim.procurement.command;

import cl.redlim.access.api.Actor;
import cl.redlim.kernel.Checks;
import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.procurement.api.*;
import cl.redlim.procurement.command.Bids.Admissibility;
import cl.redlim.procurement.command.Bids.Bid;
import cl.redlim.procurement.command.Contracts.Contract;
import cl.redlim.territory.api.CommuneRegistry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static cl.redlim.procurement.api.ProcurementMethod.COMPRA_AGIL;
import static cl.redlim.procurement.api.ProcurementMethod.PUBLIC_TENDER;
import static cl.redlim.procurement.api.ProcurementStatus.*;
import static cl.redlim.kernel.Checks.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One purchase of a municipality, from its plan to its completion (Ley 19.886, Decreto 661/2024): a public tender
 * or a Compra Ágil goes through publication, bids, opening, admissibility, evaluation and award (or is declared void,
 * desierta); a direct award (trato directo) or a framework purchase (convenio marco) is awarded from the plan; then
 * contracts, purchase orders (órdenes de compra), payments, amendments and terminations. Every command acts for the
 * buyer municipality and is checked against the caller's scope.
 */
@Aggregate(commandTargetResolver = "metaDataVersionTargetResolver")
class ProcurementProcess {

    /** A Compra Ágil is awarded among at least this many quotes. */
    static final int MINIMUM_QUOTES = 3;

    @AggregateIdentifier
    private String processId;
    private CommuneCode buyer;
    private ProcurementMethod method;
    private TenderType tenderType;
    private Clp estimatedAmount;
    private Clp utmValue;
    private Set<String> lots;
    private ProcurementStatus status;
    private boolean marketConsulted;
    private Instant publishedAt;
    private Instant closesAt;
    private int tenderAmendments;
    private Bids bids = Bids.none();
    private List<AwardLine> awards = List.of();
    private Contracts contracts = Contracts.none();

    protected ProcurementProcess() {
    }

    // --- planning ----------------------------------------------------------------------------------------------

    @CommandHandler
    ProcurementProcess(PlanProcurementCommand command, Actor actor, CommuneRegistry communes) {
        Checks.present(command.buyer(), "The buyer municipality");
        actor.requireMayActFor(command.buyer());
        if (communes.find(command.buyer()).isEmpty()) {
            throw refused(ErrorCode.UNKNOWN_COMMUNE, "No commune " + command.buyer() + " is registered");
        }
        TenderType type = PlanPolicy.check(command);
        apply(new ProcurementPlannedEvent(command.processId(), command.buyer(), command.title(),
                command.description(), command.category(), List.copyOf(command.items()), command.estimatedAmount(),
                command.utmValue(), command.method(), type, command.directAwardGround(),
                blankToNull(command.justification()), blankToNull(command.frameworkAgreementId()),
                command.plannedAt()));
    }

    @CommandHandler
    void handle(RecordMarketConsultationCommand command, Actor actor) {
        actor.requireMayActFor(buyer);
        if (method != PUBLIC_TENDER) {
            throw refused(ErrorCode.PROCUREMENT_METHOD_NOT_ALLOWED, "A market consultation precedes a public tender");
        }
        requireStatus(PLANNED);
        if (marketConsulted) {
            throw refused(ErrorCode.INVALID_STATE_TRANSITION, "The market consultation is recorded already");
        }
        Checks.text(command.summary(), "The consultation's summary");
        Checks.present(command.consultedAt(), "The consultation instant");
        apply(new MarketConsultationRecordedEvent(processId, command.summary(), command.consultedAt()));
    }

    // --- the tender --------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(PublishTenderCommand command, Actor actor, ProcurementRules rules) {
        actor.requireMayActFor(buyer);
        requireCompetitive("published");
        requireStatus(PLANNED);
        Checks.present(command.publishedAt(), "The publication instant");
        Checks.present(command.closesAt(), "The closing instant");
        if (method == PUBLIC_TENDER && !marketConsulted
                && TenderType.requiresMarketConsultation(estimatedAmount, utmValue)) {
            throw refused(ErrorCode.MARKET_CONSULTATION_REQUIRED, "The estimate is above "
                    + TenderType.MARKET_CONSULTATION_ABOVE_UTM + " UTM: record the market consultation first");
        }
        Duration minimumPeriod = TenderSchedule.minimumPeriod(rules, method, tenderType, command.reducedPeriod(),
                command.reducedPeriodJustification());
        TenderSchedule.checkPeriod(command.publishedAt(), command.closesAt(), minimumPeriod, command.reducedPeriod(),
                method, tenderType);
        apply(new TenderPublishedEvent(processId, command.closesAt(), minimumPeriod, command.reducedPeriod(),
                blankToNull(command.reducedPeriodJustification()), command.publishedAt()));
    }

    @CommandHandler
    void handle(AmendTenderCommand command, Actor actor, ProcurementRules rules) {
        actor.requireMayActFor(buyer);
        requireOpenAt(Checks.present(command.amendedAt(), "The amendment instant"), "it cannot be amended");
        Checks.text(command.rationale(), "The amendment's rationale");
        if (command.closesAt() != null && command.closesAt().isBefore(closesAt)) {
            throw refused(ErrorCode.VALIDATION_FAILED, "An amendment cannot bring the closing forward: it is "
                    + closesAt + ", " + command.closesAt() + " was asked");
        }
        Instant requested = command.closesAt() == null ? closesAt : command.closesAt();
        Instant closing = TenderSchedule.amendedClosing(requested, command.amendedAt(),
                rules.openAfterAmendment(method, tenderType));
        apply(new TenderAmendedEvent(processId, "amendment-" + (tenderAmendments + 1), command.rationale(),
                command.description(), closesAt, closing, !closing.equals(requested), command.amendedAt()));
    }

    @CommandHandler
    void handle(SubmitBidCommand command, Actor actor) {
        actor.requireMayActFor(buyer);
        requireOpenAt(Checks.present(command.submittedAt(), "The submission instant"), "it takes no bids");
        Checks.text(command.bidId(), "The bid id");
        Checks.present(command.supplier(), "The supplier's RUT");
        Checks.text(command.supplierName(), "The supplier's name");
        Checks.positive(command.amount(), "The bid's amount");
        List<BidDocument> documents = command.documents() == null ? List.of() : List.copyOf(command.documents());
        for (BidDocument document : documents) {
            Checks.text(document.title(), "A document's title");
            Checks.text(document.url(), "A document's URL");
        }
        if (lots.isEmpty() ? command.lot() != null : command.lot() == null || !lots.contains(command.lot())) {
            throw refused(ErrorCode.UNKNOWN_LOT, lots.isEmpty() ? "This purchase has no lots; a bid names none"
                    : "A bid names one of the lots " + lots.stream().sorted().toList() + ", not " + command.lot());
        }
        bids.checkNew(command.bidId(), command.supplier(), command.lot());
        apply(new BidSubmittedEvent(processId, command.bidId(), command.supplier(), command.supplierName(),
                command.amount(), command.lot(), documents, command.submittedAt()));
    }

    @CommandHandler
    void handle(OpenBidsCommand command, Actor actor) {
        actor.requireMayActFor(buyer);
        requireStatus(TENDERING);
        requireClosedAt(Checks.present(command.openedAt(), "The opening instant"), "Bids are opened");
        apply(new BidsOpenedEvent(processId, bids.count(), command.openedAt()));
    }

    @CommandHandler
    void handle(DecideBidAdmissibilityCommand command, Actor actor) {
        actor.requireMayActFor(buyer);
        requireStatus(BIDS_OPENED);
        Bid bid = bids.require(command.bidId());
        if (bid.admissibility() != Admissibility.UNDECIDED) {
            throw refused(ErrorCode.INVALID_STATE_TRANSITION, "Bid " + bid.bidId() + " was declared "
                    + bid.admissibility().name().toLowerCase() + " already");
        }
        Checks.present(command.decidedAt(), "The decision instant");
        List<String> reasons = command.reasons() == null ? List.of()
                : command.reasons().stream().filter(r -> !Checks.isBlank(r)).toList();
        if (command.admissible()) {
            apply(new BidDeclaredAdmissibleEvent(processId, bid.bidId(), command.decidedAt()));
        } else if (reasons.isEmpty()) {
            throw refused(ErrorCode.VALIDATION_FAILED, "An inadmissible bid needs the reasons");
        } else {
            apply(new BidDeclaredInadmissibleEvent(processId, bid.bidId(), reasons, command.decidedAt()));
        }
    }

    @CommandHandler
    void handle(EvaluateBidsCommand command, Actor actor) {
        actor.requireMayActFor(buyer);
        requireStatus(BIDS_OPENED);
        if (!bids.allDecided()) {
            throw refused(ErrorCode.ADMISSIBILITY_PENDING, "Decide the admissibility of every bid before evaluating");
        }
        if (!bids.anyAdmissible()) {
            throw refused(ErrorCode.INVALID_STATE_TRANSITION,
                    "No bid is admissible: there is nothing to evaluate; declare the tender void (desierta)");
        }
        Checks.text(command.reportSummary(), "The evaluation report's summary");
        Checks.present(command.evaluatedAt(), "The evaluation instant");
        bids.checkScores(command.scores());
        apply(new BidsEvaluatedEvent(processId, List.copyOf(command.scores()), command.reportSummary(),
                command.evaluatedAt()));
    }

    // --- award or void -----------------------------------------------------------------------------------------

    @CommandHandler
    void handle(AwardBidsCommand command, Actor actor) {
        actor.requireMayActFor(buyer);
        requireCompetitive("awarded to bids");
        if (method == PUBLIC_TENDER && status == BIDS_OPENED) {
            throw refused(ErrorCode.INVALID_STATE_TRANSITION, "A public tender is awarded after its evaluation");
        }
        requireStatus(BIDS_OPENED, EVALUATED);
        if (method == COMPRA_AGIL && bids.count() < MINIMUM_QUOTES) {
            throw refused(ErrorCode.NOT_ENOUGH_QUOTES, "A Compra Ágil is awarded among at least " + MINIMUM_QUOTES
                    + " quotes; it received " + bids.count() + ": declare it void (desierta)");
        }
        Checks.present(command.awardedAt(), "The award instant");
        apply(new ProcurementAwardedEvent(processId, bids.award(command.bidIds(), method == PUBLIC_TENDER),
                command.awardedAt()));
    }

    @CommandHandler
    void handle(AwardDirectlyCommand command, Actor actor) {
        actor.requireMayActFor(buyer);
        if (method.isCompetitive()) {
            throw refused(ErrorCode.PROCUREMENT_METHOD_NOT_ALLOWED,
                    "A " + TenderSchedule.label(method, tenderType) + " is awarded to its bids, not directly");
        }
        requireStatus(PLANNED);
        Checks.text(command.awardId(), "The award id");
        Checks.present(command.supplier(), "The supplier's RUT");
        Checks.text(command.supplierName(), "The supplier's name");
        Checks.positive(command.amount(), "The awarded amount");
        Checks.present(command.awardedAt(), "The award instant");
        apply(new ProcurementAwardedEvent(processId, List.of(new AwardLine(command.awardId(), null,
                command.supplier(), command.supplierName(), command.amount(), null)), command.awardedAt()));
    }

    @CommandHandler
    void handle(DeclareProcurementVoidCommand command, Actor actor) {
        actor.requireMayActFor(buyer);
        requireCompetitive("declared void");
        requireStatus(TENDERING, BIDS_OPENED, EVALUATED);
        requireClosedAt(Checks.present(command.declaredAt(), "The declaration instant"), "A tender is declared void");
        Checks.text(command.reason(), "The reason it is void");
        apply(new ProcurementDeclaredVoidEvent(processId, command.reason(), command.declaredAt()));
    }

    // --- contracts ---------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(SignContractCommand command, Actor actor) {
        actor.requireMayActFor(buyer);
        requireStatus(AWARDED, CONTRACTED);
        Checks.text(command.contractId(), "The contract id");
        Checks.text(command.awardId(), "The award id");
        AwardLine award = awards.stream().filter(a -> a.awardId().equals(command.awardId())).findFirst()
                .orElseThrow(() -> refused(ErrorCode.UNKNOWN_AWARD, "No award " + command.awardId()
                        + " in this process"));
        contracts.checkNew(command.contractId(), award, command.value(), command.startsOn(), command.endsOn());
        Checks.present(command.signedAt(), "The signing instant");
        apply(new ContractSignedEvent(processId, command.contractId(), award.awardId(), award.supplier(),
                command.value(), command.startsOn(), command.endsOn(), command.signedAt()));
    }

    @CommandHandler
    void handle(IssuePurchaseOrderCommand command, Actor actor) {
        actor.requireMayActFor(buyer);
        Contract contract = runningContract(command.contractId());
        contracts.checkNewIds(Checks.text(command.orderId(), "The order id"), null);
        Checks.text(command.description(), "The order's description");
        Checks.present(command.issuedAt(), "The issue instant");
        contract.checkOrder(command.amount());
        apply(new PurchaseOrderIssuedEvent(processId, contract.contractId(), command.orderId(), command.amount(),
                command.description(), command.issuedAt()));
    }

    @CommandHandler
    void handle(RecordContractPaymentCommand command, Actor actor) {
        actor.requireMayActFor(buyer);
        Contract contract = runningContract(command.contractId());
        contracts.checkNewIds(null, Checks.text(command.paymentId(), "The payment id"));
        Checks.present(command.paidAt(), "The payment instant");
        contract.checkPayment(command.amount(), command.orderId());
        apply(new ContractPaymentRecordedEvent(processId, contract.contractId(), command.paymentId(),
                command.amount(), command.orderId(), command.paidAt()));
    }

    @CommandHandler
    void handle(AmendContractCommand command, Actor actor) {
        actor.requireMayActFor(buyer);
        Contract contract = runningContract(command.contractId());
        Checks.text(command.rationale(), "The amendment's rationale");
        Checks.present(command.amendedAt(), "The amendment instant");
        Clp value = command.value() == null ? contract.value() : command.value();
        LocalDate endsOn = command.endsOn() == null ? contract.endsOn() : command.endsOn();
        contract.checkAmendment(value, endsOn);
        apply(new ContractAmendedEvent(processId, contract.contractId(),
                contract.contractId() + "-amendment-" + (contract.amendments() + 1), contract.value(), value,
                contract.endsOn(), endsOn, command.rationale(), command.amendedAt()));
    }

    @CommandHandler
    void handle(TerminateContractCommand command, Actor actor) {
        actor.requireMayActFor(buyer);
        Contract contract = runningContract(command.contractId());
        Checks.text(command.reason(), "The reason for the termination");
        Checks.present(command.terminatedAt(), "The termination instant");
        apply(new ContractTerminatedEvent(processId, contract.contractId(), command.reason(),
                command.terminatedAt()));
    }

    @CommandHandler
    void handle(CompleteProcurementCommand command, Actor actor) {
        actor.requireMayActFor(buyer);
        requireStatus(CONTRACTED);
        List<String> uncontracted = awardsWithoutContract();
        if (!uncontracted.isEmpty()) {
            throw refused(ErrorCode.INVALID_STATE_TRANSITION, "Awards without a contract: " + uncontracted);
        }
        Checks.present(command.completedAt(), "The completion instant");
        apply(new ProcurementCompletedEvent(processId, command.completedAt()));
    }

    // --- guards ------------------------------------------------------------------------------------------------

    private void requireStatus(ProcurementStatus first, ProcurementStatus... others) {
        if (!EnumSet.of(first, others).contains(status)) {
            throw refused(ErrorCode.INVALID_STATE_TRANSITION, "Not allowed while the process is " + status);
        }
    }

    private void requireCompetitive(String what) {
        if (!method.isCompetitive()) {
            throw refused(ErrorCode.PROCUREMENT_METHOD_NOT_ALLOWED, "A " + method + " purchase is not " + what
                    + ": only public tenders and Compra Ágil are");
        }
    }

    /** Open: published, from the publication instant inclusive to the closing instant exclusive. */
    private void requireOpenAt(Instant at, String consequence) {
        if (status != TENDERING || at.isBefore(publishedAt) || !at.isBefore(closesAt)) {
            throw refused(ErrorCode.TENDER_NOT_OPEN, "The tender is not open" + (status == TENDERING
                    ? " at " + at + " (open from " + publishedAt + " until " + closesAt + ")" : "")
                    + ": " + consequence);
        }
    }

    private void requireClosedAt(Instant at, String what) {
        if (status == TENDERING && at.isBefore(closesAt)) {
            throw refused(ErrorCode.TENDER_STILL_OPEN, what + " once the tender closes, at " + closesAt);
        }
    }

    /** A contract that can still change: known, in a contracted process, and not terminated. */
    private Contract runningContract(String contractId) {
        Contract contract = contracts.require(contractId);
        requireStatus(CONTRACTED);
        if (contract.terminated()) {
            throw refused(ErrorCode.INVALID_STATE_TRANSITION, "Contract " + contractId + " is terminated");
        }
        return contract;
    }

    private List<String> awardsWithoutContract() {
        return awards.stream().map(AwardLine::awardId).filter(id -> !contracts.hasContractFor(id)).toList();
    }

    private static String blankToNull(String value) {
        return Checks.isBlank(value) ? null : value;
    }

    // --- state -------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ProcurementPlannedEvent event) {
        this.processId = event.processId();
        this.buyer = event.buyer();
        this.method = event.method();
        this.tenderType = event.tenderType();
        this.estimatedAmount = event.estimatedAmount();
        this.utmValue = event.utmValue();
        this.lots = event.items().stream().map(ProcurementItem::lot).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
        this.status = PLANNED;
    }

    @EventSourcingHandler
    void on(MarketConsultationRecordedEvent event) {
        this.marketConsulted = true;
    }

    @EventSourcingHandler
    void on(TenderPublishedEvent event) {
        this.publishedAt = event.publishedAt();
        this.closesAt = event.closesAt();
        this.status = TENDERING;
    }

    @EventSourcingHandler
    void on(TenderAmendedEvent event) {
        this.closesAt = event.closesAt();
        this.tenderAmendments++;
    }

    @EventSourcingHandler
    void on(BidSubmittedEvent event) {
        this.bids = bids.with(new Bid(event.bidId(), event.supplier(), event.supplierName(), event.amount(),
                event.lot(), Admissibility.UNDECIDED));
    }

    @EventSourcingHandler
    void on(BidsOpenedEvent event) {
        this.status = BIDS_OPENED;
    }

    @EventSourcingHandler
    void on(BidDeclaredAdmissibleEvent event) {
        this.bids = bids.decided(event.bidId(), Admissibility.ADMISSIBLE);
    }

    @EventSourcingHandler
    void on(BidDeclaredInadmissibleEvent event) {
        this.bids = bids.decided(event.bidId(), Admissibility.INADMISSIBLE);
    }

    @EventSourcingHandler
    void on(BidsEvaluatedEvent event) {
        this.status = EVALUATED;
    }

    @EventSourcingHandler
    void on(ProcurementAwardedEvent event) {
        this.awards = List.copyOf(event.awards());
        this.status = AWARDED;
    }

    @EventSourcingHandler
    void on(ProcurementDeclaredVoidEvent event) {
        this.status = VOID;
    }

    @EventSourcingHandler
    void on(ContractSignedEvent event) {
        this.contracts = contracts.with(Contracts.signed(event.contractId(), event.awardId(), event.value(),
                event.startsOn(), event.endsOn()));
        this.status = CONTRACTED;
    }

    @EventSourcingHandler
    void on(PurchaseOrderIssuedEvent event) {
        this.contracts = contracts.changed(event.contractId(), c -> c.withOrder(event.orderId(), event.amount()));
    }

    @EventSourcingHandler
    void on(ContractPaymentRecordedEvent event) {
        this.contracts = contracts.changed(event.contractId(), c -> c.withPayment(event.paymentId(), event.amount()));
    }

    @EventSourcingHandler
    void on(ContractAmendedEvent event) {
        this.contracts = contracts.changed(event.contractId(), c -> c.amended(event.value(), event.endsOn()));
    }

    /** The process is terminated once every award has its contract and every contract is terminated. */
    @EventSourcingHandler
    void on(ContractTerminatedEvent event) {
        this.contracts = contracts.changed(event.contractId(), Contract::asTerminated);
        if (contracts.allTerminated() && awardsWithoutContract().isEmpty()) {
            this.status = TERMINATED;
        }
    }

    @EventSourcingHandler
    void on(ProcurementCompletedEvent event) {
        this.status = COMPLETED;
    }
}
