package cl.redlim.procurement.api;

import java.time.Instant;

public record ProcurementCompletedEvent(String processId, Instant completedAt) {
}
