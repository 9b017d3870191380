package cl.redlim.certification.api;

import java.time.Instant;

/**
 * The official is certified: the certificate issued. {@code enrolledAt} is repeated so read models can measure time
 * to certify without remembering the enrolment. {@code credentialJwt} is the certificate itself: the Open Badges 3.0
 * credential (VC-JWT) signed by the issuer in the command handler, with {@code certificate.credentialId()} as its id
 * and {@code certificate.statusListIndex()} as its revocation entry; read models serve exactly these bytes.
 */
public record OfficialCertifiedEvent(String certificationId, IssuedCertificate certificate, Instant enrolledAt,
                                     String credentialJwt) {

    /** The facts without the signed credential (read-model tests that do not need one). */
    public OfficialCertifiedEvent(String certificationId, IssuedCertificate certificate, Instant enrolledAt) {
        this(certificationId, certificate, enrolledAt, null);
    }
}
