package cl.redlim.procurement.api;

import java.time.Instant;

public record ContractTerminatedEvent(String processId, String contractId, String reason, Instant terminatedAt) {
}
