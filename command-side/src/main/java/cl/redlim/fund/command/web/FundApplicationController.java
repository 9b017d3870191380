package cl.redlim.fund.command.web;

import cl.redlim.fund.api.*;
import cl.redlim.fund.command.web.FundApplicationRequests.*;
import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import cl.redlim.platform.web.CommandSender;
import cl.redlim.platform.web.CommandSender.Created;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/fund-applications")
@Tag(name = "Fund application commands", description = "From draft to closure: the life of an application to the FIM")
class FundApplicationController {

    private final CommandSender commands;
    private final Clock clock;

    FundApplicationController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Draft a municipality's application to a call (integrator of that municipality)")
    ResponseEntity<Created> draft(@Valid @RequestBody DraftRequest request) {
        String id = UUID.randomUUID().toString();
        return commands.created(new CreateFundApplicationCommand(id, request.callId().toString(),
                CommuneCode.of(request.commune()), request.title(), request.description(),
                Clp.of(request.requestedAmount()), request.beneficiaries(), clock.instant()), id,
                "/api/v1/public/fund-applications/" + id);
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "Submit a draft, while its call is open")
    ResponseEntity<Void> submit(@PathVariable UUID id) {
        return done(new SubmitFundApplicationCommand(id.toString(), clock.instant()));
    }

    @PostMapping("/{id}/admissibility")
    @Operation(summary = "Declare a submitted application admissible, or inadmissible with reasons")
    ResponseEntity<Void> admissibility(@PathVariable UUID id, @Valid @RequestBody AdmissibilityRequest request) {
        return done(new DecideFundApplicationAdmissibilityCommand(id.toString(), request.admissible(),
                request.reasons() == null ? List.of() : request.reasons(), clock.instant()));
    }

    @PostMapping("/{id}/evaluations")
    @Operation(summary = "Score every criterion of the call, as an evaluator without ties to the municipality")
    ResponseEntity<Void> evaluate(@PathVariable UUID id, @Valid @RequestBody EvaluationRequest request) {
        return done(new EvaluateFundApplicationCommand(id.toString(), request.evaluatorId(),
                request.scores().stream().map(s -> new CriterionScore(s.criterionId(), s.score())).toList(),
                clock.instant()));
    }

    @PostMapping("/{id}/award")
    @Operation(summary = "Award an evaluated application, within the call's budget, the group's cap and the request")
    ResponseEntity<Void> award(@PathVariable UUID id, @Valid @RequestBody AwardRequest request) {
        return done(new AwardFundApplicationCommand(id.toString(), Clp.of(request.amount()), clock.instant()));
    }

    @PostMapping("/{id}/rejection")
    @Operation(summary = "Reject an application under or after evaluation, with the reason")
    ResponseEntity<Void> reject(@PathVariable UUID id, @Valid @RequestBody RejectionRequest request) {
        return done(new RejectFundApplicationCommand(id.toString(), request.reason(), clock.instant()));
    }

    @PostMapping("/{id}/agreement")
    @Operation(summary = "Record the signed transfer agreement (convenio) of an awarded application")
    ResponseEntity<Void> agreement(@PathVariable UUID id, @Valid @RequestBody AgreementRequest request) {
        return done(new SignFundAgreementCommand(id.toString(), request.reference(), clock.instant()));
    }

    @PostMapping("/{id}/disbursements")
    @Operation(summary = "Pay the next tranche; after the first, the previous report (rendición) must be accepted")
    ResponseEntity<Void> disburse(@PathVariable UUID id, @Valid @RequestBody DisbursementRequest request) {
        return done(new PayFundTrancheCommand(id.toString(), request.tranche(), Clp.of(request.amount()),
                clock.instant()));
    }

    @PostMapping("/{id}/reports")
    @Operation(summary = "Submit the report (rendición) of a paid tranche")
    ResponseEntity<Void> report(@PathVariable UUID id, @Valid @RequestBody ReportRequest request) {
        return done(new SubmitFundReportCommand(id.toString(), request.tranche(), request.summary(),
                Clp.of(request.amountAccounted()), clock.instant()));
    }

    @PostMapping("/{id}/reports/{tranche}/review")
    @Operation(summary = "Accept a report, or observe it so that it is corrected and submitted again")
    ResponseEntity<Void> review(@PathVariable UUID id, @PathVariable @Min(1) @Max(100) int tranche,
                                @Valid @RequestBody ReportReviewRequest request) {
        return done(new ReviewFundReportCommand(id.toString(), tranche, request.accepted(), request.observations(),
                clock.instant()));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close an application whose every tranche has an accepted report")
    ResponseEntity<Void> close(@PathVariable UUID id) {
        return done(new CloseFundApplicationCommand(id.toString(), clock.instant()));
    }

    private ResponseEntity<Void> done(Object command) {
        return commands.done(command);
    }
}
