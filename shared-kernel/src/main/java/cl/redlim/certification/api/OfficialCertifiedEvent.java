package cl.redlim.certification.api;

import java.time.Instant;

/**
 * The official is certified: the certificate issued. {@code enrolledAt} is repeated so read models can measure time
 * to certify without remembering the enrolment.
 */
public record OfficialCertifiedEvent(String certificationId, IssuedCertificate certificate, Instant enrolledAt) {
}
