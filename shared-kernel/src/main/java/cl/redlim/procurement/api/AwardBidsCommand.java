package cl.redlim.procurement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Awards one or more bids of a tender: one bid, or one per lot. */
public record AwardBidsCommand(@TargetAggregateIdentifier String processId, List<String> bidIds, Instant awardedAt) {
}
