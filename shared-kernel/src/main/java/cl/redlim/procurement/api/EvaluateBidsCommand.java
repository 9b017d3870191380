package cl.redlim.procurement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Records the evaluation committee's scores of every admissible bid, and its report. */
public record EvaluateBidsCommand(@TargetAggregateIdentifier String processId, List<BidScore> scores,
                                  String reportSummary, Instant evaluatedAt) {
}
