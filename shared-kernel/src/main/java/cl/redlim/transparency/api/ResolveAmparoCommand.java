package cl.redlim.transparency.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records the Consejo para la Transparencia's decision on the request's amparo. */
public record ResolveAmparoCommand(@TargetAggregateIdentifier String requestId, AmparoOutcome outcome,
                                   String decisionReference, Instant resolvedAt) {
}
