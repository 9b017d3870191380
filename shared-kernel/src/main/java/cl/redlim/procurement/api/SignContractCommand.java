package cl.redlim.procurement.api;

import cl.redlim.kernel.Clp;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** Records the contract signed for an award. */
public record SignContractCommand(@TargetAggregateIdentifier String processId, String contractId, String awardId,
                                  Clp value, LocalDate startsOn, LocalDate endsOn, Instant signedAt) {
}
