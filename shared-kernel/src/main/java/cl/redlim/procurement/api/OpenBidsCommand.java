package cl.redlim.procurement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Opens the bids (apertura), once the tender has closed. */
public record OpenBidsCommand(@TargetAggregateIdentifier String processId, Instant openedAt) {
}
