package cl.redlim.certification.api;

import java.time.Instant;

/** The enrolment ended without a certificate; final for this official and programme. */
public record CertificationWithdrawnEvent(String certificationId, WithdrawalKind kind, String reason,
                                          Instant withdrawnAt) {
}
