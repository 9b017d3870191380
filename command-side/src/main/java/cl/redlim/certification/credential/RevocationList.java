package cl.redlim.certification.credential;

import java.time.Clock;
import java.util.BitSet;
import java.util.Optional;

/**
 * Revokes credentials and publishes the signed revocation list. The list is signed again only when a bit changed,
 * so every fetch between two revocations gets the same bytes (and can be cached).
 */
public final class RevocationList {

    private final StatusListRegistry registry;
    private final CredentialIssuer issuer;
    private final CredentialLinks links;
    private final Clock clock;
    private BitSet signedBits;
    private String signed;

    public RevocationList(StatusListRegistry registry, CredentialIssuer issuer, CredentialLinks links, Clock clock) {
        this.registry = registry;
        this.issuer = issuer;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Sets the credential's bit: from now on every verifier that fetches the list sees it revoked. Idempotent: a
     * replayed revocation changes nothing.
     */
    public void revoke(int statusListIndex) {
        registry.revoke(statusListIndex);
    }

    /** The status list credential (VC-JWT), current. */
    public synchronized String current() {
        BitSet bits = registry.revoked();
        if (signed == null || !bits.equals(signedBits)) {
            signed = issuer.statusList(bits, clock.instant());
            signedBits = bits;
        }
        return signed;
    }

    /** The list, when a credential names this issuer's list; other URLs are never fetched from the server. */
    public Optional<String> find(String statusListCredentialUrl) {
        return links.revocationList().equals(statusListCredentialUrl) ? Optional.of(current()) : Optional.empty();
    }
}
