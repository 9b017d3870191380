package cl.redlim.certification.credential;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a certificate states, as the certification domain knows it when it certifies (or renews) an official; the
 * {@link CredentialIssuer} turns it into a signed Open Badges 3.0 credential.
 *
 * @param credentialId       the credential's id (a new one for each issue, renewals included)
 * @param officialName       the holder's name, as it will be shown to whoever verifies
 * @param officialRut        the holder's RUT; the credential carries it only salted and hashed
 * @param programmeId        the certification programme
 * @param programmeTitle     e.g. "Agente de Innovación Pública"
 * @param programmeVersion   the version of the programme's requirements the official met
 * @param programmeCriteria  what earning it required, in words (modules and assessment)
 * @param issuedAt           validFrom
 * @param validUntil         end of the certificate's validity; null for none
 * @param statusListIndex    the credential's entry in the revocation list, allocated by the domain's status-list aggregate
 */
public record CertificateFacts(UUID credentialId, String officialName, String officialRut, String programmeId,
                               String programmeTitle, int programmeVersion, String programmeCriteria,
                               Instant issuedAt, Instant validUntil, int statusListIndex) {

    public CertificateFacts {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(officialName, "officialName");
        Objects.requireNonNull(officialRut, "officialRut");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(programmeTitle, "programmeTitle");
        Objects.requireNonNull(programmeCriteria, "programmeCriteria");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (validUntil != null && !validUntil.isAfter(issuedAt)) {
            throw new IllegalArgumentException("validUntil must be after issuedAt");
        }
        if (statusListIndex < 0) {
            throw new IllegalArgumentException("statusListIndex must not be negative");
        }
    }
}
