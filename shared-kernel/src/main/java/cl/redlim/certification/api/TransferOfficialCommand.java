package cl.redlim.certification.api;

import cl.redlim.kernel.CommuneCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** Records that the official now works at another municipality, from {@code effectiveOn}; sent by the new one. */
public record TransferOfficialCommand(@TargetAggregateIdentifier String officialId, CommuneCode toMunicipality,
                                      String position, LocalDate effectiveOn, Instant transferredAt) {
}
