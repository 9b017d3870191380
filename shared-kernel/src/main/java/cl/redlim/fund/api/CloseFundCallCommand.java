package cl.redlim.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Closes a call to submissions, at or before its closing instant. */
public record CloseFundCallCommand(@TargetAggregateIdentifier String callId, Instant closedAt) {
}
