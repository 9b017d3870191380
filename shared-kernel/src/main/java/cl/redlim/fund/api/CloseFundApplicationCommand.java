package cl.redlim.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record CloseFundApplicationCommand(@TargetAggregateIdentifier String applicationId, Instant closedAt) {
}
