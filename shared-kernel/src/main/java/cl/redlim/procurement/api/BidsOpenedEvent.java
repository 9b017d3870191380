package cl.redlim.procurement.api;

import java.time.Instant;

public record BidsOpenedEvent(String processId, int bidCount, Instant openedAt) {
}
