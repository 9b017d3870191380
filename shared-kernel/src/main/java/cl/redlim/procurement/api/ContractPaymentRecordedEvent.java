package cl.redlim.procurement.api;

import cl.redlim.kernel.Clp;

import java.time.Instant;

public record ContractPaymentRecordedEvent(String processId, String contractId, String paymentId, Clp amount,
                                           String orderId, Instant paidAt) {
}
