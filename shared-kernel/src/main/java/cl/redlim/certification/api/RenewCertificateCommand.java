package cl.redlim.certification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Renews a valid certificate with the continuing education the enrolment's renewal rule asks, and its evidence. */
public record RenewCertificateCommand(@TargetAggregateIdentifier String certificationId, int continuingEducationHours,
                                      String evidence, Instant renewedAt) {
}
