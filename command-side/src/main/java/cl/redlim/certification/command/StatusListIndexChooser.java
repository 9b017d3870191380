package cl.redlim.certification.command;

import java.util.BitSet;

/**
 * Which free entry of a status list a new certificate gets. The {@link CertificateStatusList} aggregate asks in its
 * command handler and records the answer in its event, so the choice is made once and replays repeat it.
 * <p>
 * In production the entry is drawn at random ({@link RandomStatusListIndexes}): W3C Bitstring Status List v1.0
 * (privacy considerations) advises random assignment so that an index says nothing of when, or in what order, a
 * credential was issued, and neighbouring bits do not reveal a cohort's revocations.
 */
interface StatusListIndexChooser {

    /** A clear bit of {@code taken} below {@code capacity}; the caller guarantees one exists. */
    long choose(BitSet taken, int capacity);

    /** The lowest free entry: for tests, where events must be predictable. */
    StatusListIndexChooser LOWEST_FREE = (taken, capacity) -> taken.nextClearBit(0);
}
