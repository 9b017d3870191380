package cl.redlim.transparency.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Art. 13: the municipality is not competent and sends the request to the body that is. */
public record TransferAccessRequestCommand(@TargetAggregateIdentifier String requestId, String competentBody,
                                           String reasons, Instant transferredAt) {
}
