package cl.redlim.certification.credential;

import java.util.BitSet;

/**
 * Which entries of the revocation status list are taken and which are revoked. Entries are handed out at random,
 * as Bitstring Status List v1.0 advises, so that an index says nothing about when or to whom a credential was issued.
 */
public interface StatusListRegistry {

    /** A free index, now taken. */
    int allocate();

    /** Sets the revocation bit of {@code index}; revoking twice is the same as once. */
    void revoke(int index);

    /** The revoked indexes. */
    BitSet revoked();

    /** How many entries the list has (at least {@link BitstringStatusList#MINIMUM_BITS}). */
    default int capacity() {
        return BitstringStatusList.MINIMUM_BITS;
    }
}
