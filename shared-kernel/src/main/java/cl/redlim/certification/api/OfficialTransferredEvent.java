package cl.redlim.certification.api;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;

import java.time.Instant;
import java.time.LocalDate;

/** The official moved from one municipality to another; certifications already issued keep where they were earned. */
public record OfficialTransferredEvent(String officialId, Rut rut, CommuneCode fromMunicipality,
                                       CommuneCode toMunicipality, String position, LocalDate effectiveOn,
                                       Instant transferredAt) {
}
