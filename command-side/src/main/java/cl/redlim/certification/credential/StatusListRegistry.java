package cl.redlim.certification.credential;

import java.util.BitSet;

/**
 * Which entries of the revocation status list are revoked. Entries are not handed out here: the certification
 * domain's {@code CertificateStatusList} aggregate allocates them (at random, as Bitstring Status List v1.0 advises)
 * and records them in events, the one source of truth; this registry only keeps the revoked bits the published list
 * is signed from, and can be rebuilt from the revocation events.
 */
public interface StatusListRegistry {

    /** Sets the revocation bit of {@code index}; revoking twice is the same as once. */
    void revoke(int index);

    /** The revoked indexes. */
    BitSet revoked();

    /** How many entries the list has (at least {@link BitstringStatusList#MINIMUM_BITS}). */
    default int capacity() {
        return BitstringStatusList.MINIMUM_BITS;
    }
}
