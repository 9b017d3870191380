package cl.redlim.fund.api;

/** One evaluator's score, 0 to 100, on one criterion. */
public record CriterionScore(String criterionId, int score) {
}
