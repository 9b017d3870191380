package cl.redlim.fund.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Everything public about one application, step by step. */
public record FundApplicationView(String applicationId, String callId, String callTitle, String commune,
                                  String communeName, String regionCode, String regionName, Integer group,
                                  String title, String description, long requestedAmount, int beneficiaries,
                                  FundApplicationStatus status, List<String> admissibilityReasons,
                                  List<EvaluationView> evaluations, BigDecimal finalScore, Long awardedAmount,
                                  String rejectionReason, String agreementReference, List<TrancheView> tranches,
                                  long disbursedAmount, Instant draftedAt, Instant submittedAt, Instant decidedAt,
                                  Instant awardedAt, Instant agreementSignedAt, Instant closedAt, long version) {

    public record EvaluationView(String evaluatorId, List<CriterionScore> scores, BigDecimal weightedScore,
                                 Instant evaluatedAt) {
    }

    /** A paid tranche and the state of its report (rendición): PENDING, SUBMITTED, OBSERVED or ACCEPTED. */
    public record TrancheView(int tranche, long amount, Instant paidAt, String reportStatus, String reportSummary,
                              Long amountAccounted, String observations) {
    }
}
