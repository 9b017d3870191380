package cl.redlim.certification.api;

import java.time.Instant;

/**
 * Index {@code index} of the status list is the credential's, for ever, never handed out again. Indexes are drawn at
 * random among the free ones (Bitstring Status List privacy advice); this event is their source of truth.
 */
public record StatusListIndexAllocatedEvent(String statusListId, long index, String certificationId,
                                            String credentialId, Instant allocatedAt) {
}
