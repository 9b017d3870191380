package cl.redlim.procurement.command.web;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;
import cl.redlim.platform.web.CommandSender;
import cl.redlim.platform.web.CommandSender.Created;
import cl.redlim.procurement.api.*;
import cl.redlim.procurement.command.web.ProcurementRequests.*;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/procurements")
@Tag(name = "Procurement commands", description = "A municipality's purchase from plan to award (Ley 19.886): "
        + "public tenders, Compra Ágil, direct awards (trato directo) and framework purchases (convenio marco)")
class ProcurementController {

    private final CommandSender commands;
    private final Clock clock;

    ProcurementController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Plan a purchase: the method must fit the estimate in UTM; a public tender's type (L1 to LR) "
            + "follows from it; a direct award names its legal ground and justification")
    ResponseEntity<Created> plan(@Valid @RequestBody PlanRequest request) {
        String id = UUID.randomUUID().toString();
        List<ProcurementItem> items = new ArrayList<>();
        for (ItemRequest item : request.items()) {
            items.add(new ProcurementItem(Integer.toString(items.size() + 1), item.description(), item.quantity(),
                    item.unit(), item.classification(), item.lot()));
        }
        return commands.created(new PlanProcurementCommand(id, CommuneCode.of(request.buyer()), request.title(),
                request.description(), request.category(), items, Clp.of(request.estimatedAmount()),
                Clp.of(request.utmValue()), request.method(), request.directAwardGround(), request.justification(),
                request.frameworkAgreementId(), clock.instant()), id, "/api/v1/public/procurements/" + id);
    }

    @PostMapping("/{id}/market-consultation")
    @Operation(summary = "Record the market consultation of a planned public tender (mandatory above 5,000 UTM)")
    ResponseEntity<Void> consult(@PathVariable UUID id, @Valid @RequestBody MarketConsultationRequest request) {
        return commands.done(new RecordMarketConsultationCommand(id.toString(), request.summary(), clock.instant()));
    }

    @PostMapping("/{id}/tender")
    @Operation(summary = "Publish the call for bids (or quotes) until closesAt, at least the configured minimum "
            + "days for its type; a reduced period needs its justification")
    ResponseEntity<Void> publish(@PathVariable UUID id, @Valid @RequestBody TenderRequest request) {
        return commands.done(new PublishTenderCommand(id.toString(), request.closesAt(),
                Boolean.TRUE.equals(request.reducedPeriod()), request.reducedPeriodJustification(), clock.instant()));
    }

    @PostMapping("/{id}/tender/amendments")
    @Operation(summary = "Amend an open tender; the closing moves so that the configured days remain")
    ResponseEntity<Void> amend(@PathVariable UUID id, @Valid @RequestBody TenderAmendmentRequest request) {
        return commands.done(new AmendTenderCommand(id.toString(), request.rationale(), request.description(),
                request.closesAt(), clock.instant()));
    }

    @PostMapping("/{id}/bids")
    @Operation(summary = "Record a bid (or quote) while the tender is open; it stays confidential until opened")
    ResponseEntity<Created> bid(@PathVariable UUID id, @Valid @RequestBody BidRequest request) {
        String bidId = UUID.randomUUID().toString();
        return commands.created(new SubmitBidCommand(id.toString(), bidId, Rut.of(request.supplier()),
                request.supplierName(), Clp.of(request.amount()), request.lot(),
                request.documents().stream().map(d -> new BidDocument(d.title(), d.url())).toList(),
                clock.instant()), bidId, null);
    }

    @PostMapping("/{id}/bid-opening")
    @Operation(summary = "Open the bids (apertura), once the tender has closed")
    ResponseEntity<Void> open(@PathVariable UUID id) {
        return commands.done(new OpenBidsCommand(id.toString(), clock.instant()));
    }

    @PostMapping("/{id}/bids/{bidId}/admissibility")
    @Operation(summary = "Declare an opened bid admissible, or inadmissible with reasons; once per bid")
    ResponseEntity<Void> admissibility(@PathVariable UUID id, @PathVariable UUID bidId,
                                       @Valid @RequestBody AdmissibilityRequest request) {
        return commands.done(new DecideBidAdmissibilityCommand(id.toString(), bidId.toString(), request.admissible(),
                request.reasons() == null ? List.of() : request.reasons(), clock.instant()));
    }

    @PostMapping("/{id}/evaluation")
    @Operation(summary = "Record the evaluation: a score from 0 to 100 for exactly the admissible bids")
    ResponseEntity<Void> evaluate(@PathVariable UUID id, @Valid @RequestBody EvaluationRequest request) {
        return commands.done(new EvaluateBidsCommand(id.toString(), request.scores().stream()
                .map(s -> new BidScore(s.bidId().toString(), s.score())).toList(), request.reportSummary(),
                clock.instant()));
    }

    @PostMapping("/{id}/award")
    @Operation(summary = "Award one bid, or one per lot; each award's id is its bid's id. A Compra Ágil needs "
            + "at least 3 quotes")
    ResponseEntity<Void> award(@PathVariable UUID id, @Valid @RequestBody AwardRequest request) {
        return commands.done(new AwardBidsCommand(id.toString(),
                request.bidIds().stream().map(UUID::toString).toList(), clock.instant()));
    }

    @PostMapping("/{id}/direct-award")
    @Operation(summary = "Award a planned direct award (trato directo) or framework purchase to a supplier")
    ResponseEntity<Created> awardDirectly(@PathVariable UUID id, @Valid @RequestBody DirectAwardRequest request) {
        String awardId = UUID.randomUUID().toString();
        return commands.created(new AwardDirectlyCommand(id.toString(), awardId, Rut.of(request.supplier()),
                request.supplierName(), Clp.of(request.amount()), clock.instant()), awardId, null);
    }

    @PostMapping("/{id}/void")
    @Operation(summary = "Declare a closed tender void (desierta), with the reason")
    ResponseEntity<Void> declareVoid(@PathVariable UUID id, @Valid @RequestBody VoidRequest request) {
        return commands.done(new DeclareProcurementVoidCommand(id.toString(), request.reason(), clock.instant()));
    }

    @PostMapping("/{id}/completion")
    @Operation(summary = "Complete a process whose every award has its contract")
    ResponseEntity<Void> complete(@PathVariable UUID id) {
        return commands.done(new CompleteProcurementCommand(id.toString(), clock.instant()));
    }
}
