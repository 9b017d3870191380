package cl.redlim.certification.api;

import cl.redlim.kernel.Rut;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Enrols a registered official in a programme, in a cohort, starting on a date. {@code certificationId} is
 * {@link CertificationId#of}: one certification per official per programme.
 */
public record EnrolOfficialCommand(@TargetAggregateIdentifier String certificationId, String programmeId, Rut rut,
                                   String cohort, LocalDate startDate, Instant enrolledAt) {
}
