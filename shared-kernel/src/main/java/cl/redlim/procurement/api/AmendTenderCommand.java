package cl.redlim.procurement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Amends a published tender while it is open. {@code closesAt} is an optional new closing; the rules may extend it
 * further.
 */
public record AmendTenderCommand(@TargetAggregateIdentifier String processId, String rationale, String description,
                                 Instant closesAt, Instant amendedAt) {
}
