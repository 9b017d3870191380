package cl.redlim.procurement.api;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.Rut;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Awards a direct-award (trato directo) or framework-agreement purchase to a supplier. */
public record AwardDirectlyCommand(@TargetAggregateIdentifier String processId, String awardId, Rut supplier,
                                   String supplierName, Clp amount, Instant awardedAt) {
}
