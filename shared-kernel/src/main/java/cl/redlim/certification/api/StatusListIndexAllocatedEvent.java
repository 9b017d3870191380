package cl.redlim.certification.api;

import java.time.Instant;

/** Index {@code index} of the status list is the credential's, for ever: indexes go 0, 1, 2, … with no duplicate. */
public record StatusListIndexAllocatedEvent(String statusListId, long index, String certificationId,
                                            String credentialId, Instant allocatedAt) {
}
