package cl.redlim.procurement.api;

import cl.redlim.kernel.Clp;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** Amends a contract's value or end date, with the rationale. */
public record AmendContractCommand(@TargetAggregateIdentifier String processId, String contractId, Clp value,
                                   LocalDate endsOn, String rationale, Instant amendedAt) {
}
