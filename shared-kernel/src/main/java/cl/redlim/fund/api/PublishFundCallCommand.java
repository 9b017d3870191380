package cl.redlim.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record PublishFundCallCommand(@TargetAggregateIdentifier String callId, FundCallTerms terms, Instant publishedAt) {
}
