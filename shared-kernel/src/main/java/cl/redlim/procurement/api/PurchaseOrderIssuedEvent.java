package cl.redlim.procurement.api;

import cl.redlim.kernel.Clp;

import java.time.Instant;

public record PurchaseOrderIssuedEvent(String processId, String contractId, String orderId, Clp amount,
                                       String description, Instant issuedAt) {
}
