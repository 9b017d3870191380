package cl.redlim.certification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Renews a valid certificate with the continuing education the enrolment's renewal rule asks, and its evidence.
 * {@code credentialId} names the new credential as in {@link CertifyOfficialCommand}; null to have it derived.
 */
public record RenewCertificateCommand(@TargetAggregateIdentifier String certificationId, int continuingEducationHours,
                                      String evidence, Instant renewedAt, String credentialId) {

    public RenewCertificateCommand(String certificationId, int continuingEducationHours, String evidence,
                                   Instant renewedAt) {
        this(certificationId, continuingEducationHours, evidence, renewedAt, null);
    }
}
