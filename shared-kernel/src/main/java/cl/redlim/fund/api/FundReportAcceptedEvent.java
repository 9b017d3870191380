package cl.redlim.fund.api;

import java.time.Instant;

public record FundReportAcceptedEvent(String applicationId, int tranche, Instant acceptedAt) {
}
