package cl.redlim.procurement.api;

import java.time.Instant;

public record BidDeclaredAdmissibleEvent(String processId, String bidId, Instant decidedAt) {
}
