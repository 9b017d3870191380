package cl.redlim.procurement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Completes a process whose awards all have their contracts. */
public record CompleteProcurementCommand(@TargetAggregateIdentifier String processId, Instant completedAt) {
}
