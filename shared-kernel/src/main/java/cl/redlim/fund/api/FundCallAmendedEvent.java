package cl.redlim.fund.api;

import java.time.Instant;

public record FundCallAmendedEvent(String callId, FundCallTerms terms, Instant amendedAt) {
}
