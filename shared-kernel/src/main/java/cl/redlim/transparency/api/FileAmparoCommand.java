package cl.redlim.transparency.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records the amparo the requester filed with the Consejo para la Transparencia (art. 24). */
public record FileAmparoCommand(@TargetAggregateIdentifier String requestId, String cpltCase, Instant filedAt) {
}
