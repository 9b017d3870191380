package cl.redlim.fund.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** @param weightedScore this evaluator's score, weighted by the call's criteria, 0-100 with two decimals */
public record FundApplicationEvaluatedEvent(String applicationId, String evaluatorId, List<CriterionScore> scores,
                                            BigDecimal weightedScore, Instant evaluatedAt) {
}
