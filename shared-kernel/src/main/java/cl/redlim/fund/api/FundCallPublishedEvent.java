package cl.redlim.fund.api;

import java.time.Instant;

public record FundCallPublishedEvent(String callId, FundCallTerms terms, Instant publishedAt) {
}
