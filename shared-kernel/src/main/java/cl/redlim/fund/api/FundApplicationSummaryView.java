package cl.redlim.fund.api;

import java.math.BigDecimal;
import java.time.Instant;

public record FundApplicationSummaryView(String applicationId, String callId, String commune, String communeName,
                                         String regionCode, String regionName, Integer group, String title,
                                         FundApplicationStatus status, long requestedAmount, Long awardedAmount,
                                         long disbursedAmount, BigDecimal finalScore, Instant submittedAt) {
}
