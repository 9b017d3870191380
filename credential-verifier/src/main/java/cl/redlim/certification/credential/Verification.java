package cl.redlim.certification.credential;

import java.util.List;
import java.util.Map;

/**
 * What a verifier found about one credential. Dates and status are only looked at once the signature holds: an
 * unsigned claim says nothing.
 *
 * @param outcome      the one-word answer, worst finding first
 * @param signature    whether the issuer's key signed exactly these bytes
 * @param dates        the validity period against the verifier's clock
 * @param status       the credential's entry in the issuer's status list
 * @param credentialId the credential's {@code id}, once signed
 * @param subjectName  the holder's name as the credential states it, once signed
 * @param achievement  the achievement's name, once signed
 * @param validFrom    as the credential states it
 * @param validUntil   as the credential states it; null if it never expires
 * @param credential   the whole credential (JSON object), once signed; empty otherwise
 * @param problems     why each check that did not pass did not pass, in words
 */
public record Verification(Outcome outcome, boolean signature, DateCheck dates, StatusCheck status,
                           String credentialId, String subjectName, String achievement, String validFrom,
                           String validUntil, Map<String, Object> credential, List<String> problems) {

    public enum Outcome {
        /** Signed, within its dates, and the status list says it is not revoked. */
        VALID,
        /** Signed and within its dates; whether it was revoked could not be found out (e.g. offline, no list). */
        VALID_STATUS_UNKNOWN,
        NOT_YET_VALID,
        EXPIRED,
        SUSPENDED,
        REVOKED,
        /** Not signed by the issuer's key, or changed after signing. */
        INVALID_SIGNATURE,
        /** Not a VC-JWT credential at all. */
        MALFORMED;

        /** Whether the credential may be relied on (status unknown included: the verifier says so). */
        public boolean accepted() {
            return this == VALID || this == VALID_STATUS_UNKNOWN;
        }
    }

    public enum DateCheck { WITHIN, NOT_YET_VALID, EXPIRED, NOT_CHECKED }

    /** Ordered from best to worst; NOT_CHECKED last, for an entry of a purpose this verifier does not judge. */
    public enum StatusCheck { ACTIVE, UNKNOWN, SUSPENDED, REVOKED, NOT_CHECKED }
}
