package cl.redlim.procurement.api;

import java.time.Instant;
import java.util.List;

public record BidsEvaluatedEvent(String processId, List<BidScore> scores, String reportSummary, Instant evaluatedAt) {
}
