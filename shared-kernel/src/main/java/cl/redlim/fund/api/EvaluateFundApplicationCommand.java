package cl.redlim.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

public record EvaluateFundApplicationCommand(@TargetAggregateIdentifier String applicationId, String evaluatorId,
                                             List<CriterionScore> scores, Instant evaluatedAt) {
}
