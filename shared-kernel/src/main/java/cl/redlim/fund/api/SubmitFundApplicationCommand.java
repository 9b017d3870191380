package cl.redlim.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record SubmitFundApplicationCommand(@TargetAggregateIdentifier String applicationId, Instant submittedAt) {
}
