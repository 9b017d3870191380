package cl.redlim.procurement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Publishes the call for bids (or for quotes, in Compra Ágil) until {@code closesAt}. A reduced publication
 * period, where the rules allow one, needs its justification.
 */
public record PublishTenderCommand(@TargetAggregateIdentifier String processId, Instant closesAt,
                                   boolean reducedPeriod, String reducedPeriodJustification, Instant publishedAt) {
}
