package cl.redlim.certification.api;

import java.time.Instant;

/**
 * A new certificate replaces {@code previousCredentialId}: valid from the old one's end for the programme's validity,
 * with its own credential id and status-list index, and its own signed credential {@code credentialJwt} (VC-JWT, see
 * {@link OfficialCertifiedEvent}). The previous credential simply runs out at its own valid-until.
 */
public record CertificateRenewedEvent(String certificationId, String previousCredentialId,
                                      int continuingEducationHours, String evidence, IssuedCertificate certificate,
                                      Instant renewedAt, String credentialJwt) {

    /** The facts without the signed credential (read-model tests that do not need one). */
    public CertificateRenewedEvent(String certificationId, String previousCredentialId, int continuingEducationHours,
                                   String evidence, IssuedCertificate certificate, Instant renewedAt) {
        this(certificationId, previousCredentialId, continuingEducationHours, evidence, certificate, renewedAt, null);
    }
}
