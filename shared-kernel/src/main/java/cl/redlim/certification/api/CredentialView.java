package cl.redlim.certification.api;

import java.time.Instant;

/**
 * An issued certificate as the holder keeps it: {@code jwt} is the signed Open Badges 3.0 credential (VC-JWT),
 * exactly the bytes the certify or renew event recorded. Whether it is revoked or expired is for a verifier to say
 * (status list, validity dates), not this view.
 */
public record CredentialView(String credentialId, String certificationId, String jwt, Instant issuedAt,
                             Instant validUntil) {
}
