package cl.redlim.procurement.command.web;

import cl.redlim.kernel.Clp;
import cl.redlim.platform.web.CommandSender;
import cl.redlim.platform.web.CommandSender.Created;
import cl.redlim.procurement.api.AmendContractCommand;
import cl.redlim.procurement.api.IssuePurchaseOrderCommand;
import cl.redlim.procurement.api.RecordContractPaymentCommand;
import cl.redlim.procurement.api.SignContractCommand;
import cl.redlim.procurement.api.TerminateContractCommand;
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
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/procurements/{id}/contracts")
@Tag(name = "Procurement contract commands", description = "After the award: contracts, purchase orders (órdenes "
        + "de compra), payments, amendments and terminations")
class ProcurementContractController {

    private final CommandSender commands;
    private final Clock clock;

    ProcurementContractController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Record the contract signed for an award, worth no more than the award")
    ResponseEntity<Created> sign(@PathVariable UUID id, @Valid @RequestBody ContractRequest request) {
        String contractId = UUID.randomUUID().toString();
        return commands.created(new SignContractCommand(id.toString(), contractId, request.awardId().toString(),
                Clp.of(request.value()), request.startsOn(), request.endsOn(), clock.instant()), contractId, null);
    }

    @PostMapping("/{contractId}/purchase-orders")
    @Operation(summary = "Issue a purchase order (orden de compra); orders never add up to more than the contract")
    ResponseEntity<Created> order(@PathVariable UUID id, @PathVariable UUID contractId,
                                  @Valid @RequestBody PurchaseOrderRequest request) {
        String orderId = UUID.randomUUID().toString();
        return commands.created(new IssuePurchaseOrderCommand(id.toString(), contractId.toString(), orderId,
                Clp.of(request.amount()), request.description(), clock.instant()), orderId, null);
    }

    @PostMapping("/{contractId}/payments")
    @Operation(summary = "Record a payment; payments never add up to more than the contract's current value")
    ResponseEntity<Created> pay(@PathVariable UUID id, @PathVariable UUID contractId,
                                @Valid @RequestBody PaymentRequest request) {
        String paymentId = UUID.randomUUID().toString();
        return commands.created(new RecordContractPaymentCommand(id.toString(), contractId.toString(), paymentId,
                Clp.of(request.amount()), request.orderId() == null ? null : request.orderId().toString(),
                clock.instant()), paymentId, null);
    }

    @PostMapping("/{contractId}/amendments")
    @Operation(summary = "Amend a contract's value (at most 130 % of the original) or end date, with the rationale")
    ResponseEntity<Void> amend(@PathVariable UUID id, @PathVariable UUID contractId,
                               @Valid @RequestBody ContractAmendmentRequest request) {
        return commands.done(new AmendContractCommand(id.toString(), contractId.toString(),
                request.value() == null ? null : Clp.of(request.value()), request.endsOn(), request.rationale(),
                clock.instant()));
    }

    @PostMapping("/{contractId}/termination")
    @Operation(summary = "Terminate a contract early, with the reason")
    ResponseEntity<Void> terminate(@PathVariable UUID id, @PathVariable UUID contractId,
                                   @Valid @RequestBody TerminationRequest request) {
        return commands.done(new TerminateContractCommand(id.toString(), contractId.toString(), request.reason(),
                clock.instant()));
    }
}
