package cl.redlim.fund.command;

import cl.redlim.access.api.Actor;
import cl.redlim.access.api.Role;
import cl.redlim.fund.api.*;
import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.CommuneRegistry;
import cl.redlim.territory.api.CommuneRegistry.CommuneProfile;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.EnumSet;
import java.util.List;

import static cl.redlim.fund.api.FundApplicationStatus.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A municipality's application to a fund call, from draft to closure. */
@Aggregate(commandTargetResolver = "metaDataVersionTargetResolver")
class FundApplication {

    @AggregateIdentifier
    private String applicationId;
    private String callId;
    private CommuneCode commune;
    private CommuneGroup group;
    private Clp requested;
    private FundApplicationStatus status;
    private Evaluations evaluations = Evaluations.none();
    private Clp awarded;
    private Tranches tranches = Tranches.none();

    protected FundApplication() {
    }

    @CommandHandler
    FundApplication(CreateFundApplicationCommand command, Actor actor, FundCalls calls, CommuneRegistry communes) {
        actor.requireMayActFor(command.commune());
        FundCallSnapshot call = calls.find(command.callId()).orElseThrow(() -> new DomainException(
                ErrorCode.UNKNOWN_FUND_CALL, "No fund call " + command.callId()));
        if (communes.find(command.commune()).isEmpty()) {
            throw new DomainException(ErrorCode.UNKNOWN_COMMUNE, "No commune " + command.commune() + " is registered");
        }
        if (!call.acceptsDraftsAt(command.createdAt())) {
            throw new DomainException(ErrorCode.FUND_CALL_NOT_OPEN, "The call is closed");
        }
        if (command.requestedAmount().isZero()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "The requested amount must be above zero");
        }
        if (command.requestedAmount().isGreaterThan(call.terms().totalBudget())) {
            throw new DomainException(ErrorCode.REQUESTED_AMOUNT_EXCEEDS_BUDGET,
                    "The call's total budget is " + call.terms().totalBudget().amount() + " CLP");
        }
        apply(new FundApplicationDraftedEvent(command.applicationId(), command.callId(), command.commune(),
                command.title(), command.description(), command.requestedAmount(), command.beneficiaries(),
                command.createdAt()));
    }

    @CommandHandler
    void handle(SubmitFundApplicationCommand command, Actor actor, FundCalls calls, CommuneRegistry communes) {
        actor.requireMayActFor(commune);
        requireStatus(DRAFT);
        if (!call(calls).acceptsSubmissionsAt(command.submittedAt())) {
            throw new DomainException(ErrorCode.FUND_CALL_NOT_OPEN, "The call does not accept submissions now");
        }
        CommuneProfile profile = communes.find(commune).orElseThrow();
        if (profile.group() == null) {
            throw new DomainException(ErrorCode.COMMUNE_NOT_CLASSIFIED, "Commune " + commune
                    + " has no SUBDERE group yet; an administrator must classify it before it can apply");
        }
        apply(new FundApplicationSubmittedEvent(applicationId, callId, commune, profile.group(),
                command.submittedAt()));
    }

    @CommandHandler
    void handle(DecideFundApplicationAdmissibilityCommand command) {
        requireStatus(SUBMITTED);
        List<String> reasons = command.reasons() == null ? List.of()
                : command.reasons().stream().filter(r -> r != null && !r.isBlank()).toList();
        if (command.admissible()) {
            apply(new FundApplicationDeclaredAdmissibleEvent(applicationId, reasons, command.decidedAt()));
        } else if (reasons.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "An inadmissibility needs its reasons");
        } else {
            apply(new FundApplicationDeclaredInadmissibleEvent(applicationId, reasons, command.decidedAt()));
        }
    }

    @CommandHandler
    void handle(EvaluateFundApplicationCommand command, Actor actor, FundCalls calls, Evaluators evaluators) {
        requireActsAs(actor, command.evaluatorId());
        requireStatus(ADMISSIBLE, UNDER_EVALUATION, EVALUATED);
        switch (evaluators.standing(command.evaluatorId(), commune)) {
            case NOT_DECLARED -> throw new DomainException(ErrorCode.EVALUATOR_NOT_DECLARED,
                    "Evaluator " + command.evaluatorId() + " must declare their interests before scoring");
            case TIED -> throw new DomainException(ErrorCode.EVALUATOR_CONFLICT_OF_INTEREST,
                    "Evaluator " + command.evaluatorId() + " declared ties to commune " + commune);
            case FREE -> { }
        }
        if (evaluations.hasScored(command.evaluatorId())) {
            throw new DomainException(ErrorCode.EVALUATOR_ALREADY_SCORED,
                    "Evaluator " + command.evaluatorId() + " has scored this application already");
        }
        var weighted = Evaluations.weigh(call(calls).terms().criteria(), command.scores());
        apply(new FundApplicationEvaluatedEvent(applicationId, command.evaluatorId(), List.copyOf(command.scores()),
                weighted, command.evaluatedAt()));
    }

    @CommandHandler
    void handle(AwardFundApplicationCommand command, FundCalls calls) {
        requireEvaluated();
        FundCallSnapshot call = call(calls);
        if (!call.acceptsDecisionsAt(command.awardedAt())) {
            throw new DomainException(ErrorCode.FUND_CALL_STILL_OPEN,
                    "Awards are decided once the call is closed, so every application competes for the same money");
        }
        var score = evaluations.finalScore();
        if (!evaluations.reaches(call.terms().minimumScore())) {
            throw new DomainException(ErrorCode.SCORE_BELOW_MINIMUM,
                    "Final score " + score + " is below the call's minimum of " + call.terms().minimumScore());
        }
        if (command.amount().isZero()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "An award is above zero");
        }
        if (command.amount().isGreaterThan(requested)) {
            throw new DomainException(ErrorCode.AWARD_EXCEEDS_REQUEST,
                    "The application asked for " + requested.amount() + " CLP");
        }
        calls.allocate(new AllocateFundCallBudgetCommand(callId, applicationId, group, command.amount(),
                command.awardedAt()));
        apply(new FundApplicationAwardedEvent(applicationId, callId, command.amount(), score, command.awardedAt()));
    }

    @CommandHandler
    void handle(RejectFundApplicationCommand command) {
        requireStatus(UNDER_EVALUATION, EVALUATED);
        if (command.reason() == null || command.reason().isBlank()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "A rejection needs its reason");
        }
        apply(new FundApplicationRejectedEvent(applicationId, command.reason(), evaluations.finalScore(),
                command.rejectedAt()));
    }

    @CommandHandler
    void handle(SignFundAgreementCommand command) {
        requireStatus(AWARDED);
        if (command.agreementReference() == null || command.agreementReference().isBlank()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "An agreement needs its reference");
        }
        apply(new FundAgreementSignedEvent(applicationId, command.agreementReference(), command.signedAt()));
    }

    @CommandHandler
    void handle(PayFundTrancheCommand command) {
        requireStatus(AGREEMENT_SIGNED);
        if (command.tranche() != tranches.nextNumber()) {
            throw new DomainException(ErrorCode.TRANCHE_OUT_OF_ORDER, "The next tranche is number "
                    + tranches.nextNumber() + "; tranche " + command.tranche() + " cannot be paid now");
        }
        if (!tranches.lastReportAccepted()) {
            throw new DomainException(ErrorCode.PREVIOUS_REPORT_NOT_ACCEPTED,
                    "Tranche " + (command.tranche() - 1) + " needs its report (rendición) accepted first");
        }
        if (command.amount().isZero()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "A tranche is above zero");
        }
        if (tranches.total().plus(command.amount()).isGreaterThan(awarded)) {
            throw new DomainException(ErrorCode.DISBURSEMENT_EXCEEDS_AWARD, "Awarded " + awarded.amount()
                    + " CLP, disbursed " + tranches.total().amount() + " CLP so far");
        }
        apply(new FundTranchePaidEvent(applicationId, command.tranche(), command.amount(), command.paidAt()));
    }

    @CommandHandler
    void handle(SubmitFundReportCommand command, Actor actor) {
        actor.requireMayActFor(commune);
        requireStatus(AGREEMENT_SIGNED);
        Tranches.ReportState state = tranches.reportOf(command.tranche());
        if (state != Tranches.ReportState.PENDING && state != Tranches.ReportState.OBSERVED) {
            throw new DomainException(ErrorCode.REPORT_NOT_EXPECTED,
                    "Tranche " + command.tranche() + " is not paid or its report is submitted already");
        }
        if (command.summary() == null || command.summary().isBlank() || command.amountAccounted() == null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "A report needs a summary and the amount accounted");
        }
        apply(new FundReportSubmittedEvent(applicationId, command.tranche(), command.summary(),
                command.amountAccounted(), command.submittedAt()));
    }

    @CommandHandler
    void handle(ReviewFundReportCommand command) {
        requireStatus(AGREEMENT_SIGNED);
        if (tranches.reportOf(command.tranche()) != Tranches.ReportState.SUBMITTED) {
            throw new DomainException(ErrorCode.REPORT_NOT_EXPECTED,
                    "Tranche " + command.tranche() + " has no report waiting for review");
        }
        if (command.accepted()) {
            apply(new FundReportAcceptedEvent(applicationId, command.tranche(), command.reviewedAt()));
        } else if (command.observations() == null || command.observations().isBlank()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "Observing a report needs observations");
        } else {
            apply(new FundReportObservedEvent(applicationId, command.tranche(), command.observations(),
                    command.reviewedAt()));
        }
    }

    @CommandHandler
    void handle(CloseFundApplicationCommand command) {
        requireStatus(AGREEMENT_SIGNED);
        if (!tranches.allReportsAccepted()) {
            throw new DomainException(ErrorCode.REPORTS_PENDING, tranches.paid().isEmpty()
                    ? "Nothing has been disbursed yet: an application closes after its tranches and their reports"
                    : "Every paid tranche needs an accepted report before closing");
        }
        apply(new FundApplicationClosedEvent(applicationId, tranches.total(), command.closedAt()));
    }

    /** An evaluator scores under their own id only; national roles and the system may record for anyone. */
    static void requireActsAs(Actor actor, String evaluatorId) {
        if (actor.role() == Role.EVALUATOR && !actor.principal().equals(evaluatorId)) {
            throw new DomainException(ErrorCode.FORBIDDEN,
                    "This credential acts for evaluator " + actor.principal() + ", not " + evaluatorId);
        }
    }

    private FundCallSnapshot call(FundCalls calls) {
        return calls.find(callId).orElseThrow();
    }

    private void requireEvaluated() {
        if (status == ADMISSIBLE || status == UNDER_EVALUATION) {
            throw new DomainException(ErrorCode.NOT_ENOUGH_EVALUATIONS,
                    "At least " + Evaluations.MINIMUM + " evaluations are needed before a decision");
        }
        requireStatus(EVALUATED);
    }

    private void requireStatus(FundApplicationStatus first, FundApplicationStatus... others) {
        if (!EnumSet.of(first, others).contains(status)) {
            throw new DomainException(ErrorCode.INVALID_STATE_TRANSITION,
                    "Not allowed while the application is " + status);
        }
    }

    @EventSourcingHandler
    void on(FundApplicationDraftedEvent event) {
        this.applicationId = event.applicationId();
        this.callId = event.callId();
        this.commune = event.commune();
        this.requested = event.requestedAmount();
        this.status = DRAFT;
    }

    @EventSourcingHandler
    void on(FundApplicationSubmittedEvent event) {
        this.group = event.group();
        this.status = SUBMITTED;
    }

    @EventSourcingHandler
    void on(FundApplicationDeclaredAdmissibleEvent event) {
        this.status = ADMISSIBLE;
    }

    @EventSourcingHandler
    void on(FundApplicationDeclaredInadmissibleEvent event) {
        this.status = INADMISSIBLE;
    }

    @EventSourcingHandler
    void on(FundApplicationEvaluatedEvent event) {
        this.evaluations = evaluations.with(event.evaluatorId(), event.weightedScore());
        this.status = evaluations.areEnough() ? EVALUATED : UNDER_EVALUATION;
    }

    @EventSourcingHandler
    void on(FundApplicationAwardedEvent event) {
        this.awarded = event.amount();
        this.status = AWARDED;
    }

    @EventSourcingHandler
    void on(FundApplicationRejectedEvent event) {
        this.status = REJECTED;
    }

    @EventSourcingHandler
    void on(FundAgreementSignedEvent event) {
        this.status = AGREEMENT_SIGNED;
    }

    @EventSourcingHandler
    void on(FundTranchePaidEvent event) {
        this.tranches = tranches.withPaid(event.tranche(), event.amount());
    }

    @EventSourcingHandler
    void on(FundReportSubmittedEvent event) {
        this.tranches = tranches.withReport(event.tranche(), Tranches.ReportState.SUBMITTED);
    }

    @EventSourcingHandler
    void on(FundReportAcceptedEvent event) {
        this.tranches = tranches.withReport(event.tranche(), Tranches.ReportState.ACCEPTED);
    }

    @EventSourcingHandler
    void on(FundReportObservedEvent event) {
        this.tranches = tranches.withReport(event.tranche(), Tranches.ReportState.OBSERVED);
    }

    @EventSourcingHandler
    void on(FundApplicationClosedEvent event) {
        this.status = CLOSED;
    }
}
