package cl.redlim.procurement.api;

import java.time.Instant;
import java.util.List;

/** The process was awarded: to bids of its tender, or directly to a supplier. */
public record ProcurementAwardedEvent(String processId, List<AwardLine> awards, Instant awardedAt) {
}
