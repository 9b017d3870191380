package cl.redlim.fund.command;

import cl.redlim.fund.api.CriterionScore;
import cl.redlim.fund.api.ScoringCriterion;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The evaluators' weighted scores of one application; the final score is their mean. Immutable. */
record Evaluations(Map<String, BigDecimal> weightedByEvaluator) {

    static final int MINIMUM = 2;

    static Evaluations none() {
        return new Evaluations(Map.of());
    }

    boolean hasScored(String evaluatorId) {
        return weightedByEvaluator.containsKey(evaluatorId);
    }

    boolean areEnough() {
        return weightedByEvaluator.size() >= MINIMUM;
    }

    Evaluations with(String evaluatorId, BigDecimal weighted) {
        Map<String, BigDecimal> next = new LinkedHashMap<>(weightedByEvaluator);
        next.put(evaluatorId, weighted);
        return new Evaluations(Map.copyOf(next));
    }

    /** Compares the exact mean, not the rounded one: 59.995 does not reach a minimum of 60. */
    boolean reaches(int minimumScore) {
        BigDecimal sum = weightedByEvaluator.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.compareTo(BigDecimal.valueOf((long) minimumScore * weightedByEvaluator.size())) >= 0;
    }

    BigDecimal finalScore() {
        if (weightedByEvaluator.isEmpty()) {
            return null;
        }
        BigDecimal sum = weightedByEvaluator.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(weightedByEvaluator.size()), 2, RoundingMode.HALF_UP);
    }

    /** Checks that the scores cover exactly the call's criteria, each 0-100, and weighs them. */
    static BigDecimal weigh(List<ScoringCriterion> criteria, List<CriterionScore> scores) {
        if (scores == null || scores.size() != criteria.size()) {
            throw invalid("Score each of the call's " + criteria.size() + " criteria once");
        }
        Map<String, Integer> byCriterion = new HashMap<>();
        for (CriterionScore s : scores) {
            if (s == null || s.score() < 0 || s.score() > 100) {
                throw invalid("Each score is from 0 to 100");
            }
            if (byCriterion.put(s.criterionId(), s.score()) != null) {
                throw invalid("Criterion '" + s.criterionId() + "' is scored twice");
            }
        }
        long weighted = 0;
        for (ScoringCriterion c : criteria) {
            Integer score = byCriterion.get(c.id());
            if (score == null) {
                throw invalid("Criterion '" + c.id() + "' is not scored");
            }
            weighted += (long) score * c.weight();
        }
        return BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    private static DomainException invalid(String why) {
        return new DomainException(ErrorCode.INVALID_SCORES, why);
    }
}
