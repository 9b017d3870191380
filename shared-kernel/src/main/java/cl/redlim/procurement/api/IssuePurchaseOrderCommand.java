package cl.redlim.procurement.api;

import cl.redlim.kernel.Clp;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records a purchase order (orden de compra) under a contract. */
public record IssuePurchaseOrderCommand(@TargetAggregateIdentifier String processId, String contractId,
                                        String orderId, Clp amount, String description, Instant issuedAt) {
}
