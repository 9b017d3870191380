package cl.redlim.procurement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Terminates a contract early, with the reason. */
public record TerminateContractCommand(@TargetAggregateIdentifier String processId, String contractId, String reason,
                                       Instant terminatedAt) {
}
