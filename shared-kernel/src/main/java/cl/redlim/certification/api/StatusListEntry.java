package cl.redlim.certification.api;

/** A certificate's place in a Bitstring Status List. */
public record StatusListEntry(String statusListId, long index) {
}
