package cl.redlim.fund.api;

import cl.redlim.kernel.Clp;

import java.time.Instant;

public record FundReportSubmittedEvent(String applicationId, int tranche, String summary, Clp amountAccounted,
                                       Instant submittedAt) {
}
