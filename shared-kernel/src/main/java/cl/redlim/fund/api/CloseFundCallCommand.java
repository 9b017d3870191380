package cl.redlim.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Closes a call to submissions: early, or formally once its window is over. Awards come after closing. */
public record CloseFundCallCommand(@TargetAggregateIdentifier String callId, Instant closedAt) {
}
