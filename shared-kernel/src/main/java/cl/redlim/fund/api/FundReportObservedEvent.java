package cl.redlim.fund.api;

import java.time.Instant;

public record FundReportObservedEvent(String applicationId, int tranche, String observations, Instant observedAt) {
}
