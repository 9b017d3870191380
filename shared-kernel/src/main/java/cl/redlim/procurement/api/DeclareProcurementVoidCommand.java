package cl.redlim.procurement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Declares a tender void (desierta) after it closed, with the reason. */
public record DeclareProcurementVoidCommand(@TargetAggregateIdentifier String processId, String reason,
                                            Instant declaredAt) {
}
