package cl.redlim.fund.api;

import java.time.Instant;
import java.util.List;

/** A call's state as the public sees it: money committed and left, in total and by commune group. */
public record FundCallView(String callId, String title, FundCallStatus status, long totalBudget, long awarded,
                           long remaining, Instant publishedAt, Instant opensAt, Instant closesAt, Instant closedAt,
                           int minimumScore, List<ScoringCriterion> criteria, List<GroupBudgetView> groups,
                           int awardedApplications, long version) {
}
