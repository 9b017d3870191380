package cl.redlim.procurement.api;

import cl.redlim.kernel.Clp;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records a payment under a contract; payments never exceed the contract's value. */
public record RecordContractPaymentCommand(@TargetAggregateIdentifier String processId, String contractId,
                                           String paymentId, Clp amount, String orderId, Instant paidAt) {
}
