package cl.redlim.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Replaces a call's terms; only before its submission window opens. */
public record AmendFundCallCommand(@TargetAggregateIdentifier String callId, FundCallTerms terms, Instant amendedAt) {
}
