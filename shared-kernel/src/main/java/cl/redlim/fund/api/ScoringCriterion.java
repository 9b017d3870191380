package cl.redlim.fund.api;

/** A scoring criterion of a call; {@code weight} is a whole percentage of the final score. */
public record ScoringCriterion(String id, String name, int weight) {
}
