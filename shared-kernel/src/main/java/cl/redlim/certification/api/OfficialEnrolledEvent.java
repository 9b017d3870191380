package cl.redlim.certification.api;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;

import java.time.Instant;
import java.time.LocalDate;

/** The official began the programme under the requirements of version {@code requirementsVersion}, copied here. */
public record OfficialEnrolledEvent(String certificationId, String programmeId, String programmeTitle,
                                    int requirementsVersion, ProgrammeRequirements requirements, Rut rut,
                                    String officialName, CommuneCode municipality, String cohort, LocalDate startDate,
                                    Instant enrolledAt) {
}
