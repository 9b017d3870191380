package cl.redlim.certification.credential;

import java.time.Clock;

/**
 * The server's verifier: the same {@link CredentialVerifier} as the offline one, with the issuer's own key set and
 * its current revocation list (never a URL fetched on a caller's say-so).
 */
public final class CredentialChecks {

    private final CredentialVerifier verifier;

    public CredentialChecks(IssuerKey key, RevocationList revocations, Clock clock) {
        this.verifier = new CredentialVerifier(key.publicJwks(), revocations::find, clock);
    }

    public Verification verify(String compactJwt) {
        return verifier.verify(compactJwt);
    }
}
