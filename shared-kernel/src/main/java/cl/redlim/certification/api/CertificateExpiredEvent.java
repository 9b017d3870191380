package cl.redlim.certification.api;

import java.time.Instant;

/** The certificate {@code credentialId} reached {@code validUntil} unrenewed; recorded at {@code recordedAt}. */
public record CertificateExpiredEvent(String certificationId, String credentialId, Instant validUntil,
                                      Instant recordedAt) {
}
