package cl.redlim.fund.api;

import cl.redlim.kernel.Clp;

import java.math.BigDecimal;
import java.time.Instant;

/** @param finalScore the mean of the evaluators' weighted scores */
public record FundApplicationAwardedEvent(String applicationId, String callId, Clp amount, BigDecimal finalScore,
                                          Instant awardedAt) {
}
