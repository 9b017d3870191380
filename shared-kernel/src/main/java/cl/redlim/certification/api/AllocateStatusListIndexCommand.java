package cl.redlim.certification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Takes a free index (drawn at random) of a status list for a credential. Sent by the certification aggregate in its own unit
 * of work, never over HTTP; {@code statusListId} is {@link StatusListId#of}.
 */
public record AllocateStatusListIndexCommand(@TargetAggregateIdentifier String statusListId, String certificationId,
                                             String credentialId, Instant allocatedAt) {
}
