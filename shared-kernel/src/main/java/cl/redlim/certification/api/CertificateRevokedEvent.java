package cl.redlim.certification.api;

import java.time.Instant;

/**
 * The certificate {@code credentialId} is revoked: its status-list bit is set. The {@code reason} is for auditors
 * only; public read models and the status list never show it.
 */
public record CertificateRevokedEvent(String certificationId, String credentialId, String statusListId,
                                      long statusListIndex, String reason, String revokedBy, Instant revokedAt) {
}
