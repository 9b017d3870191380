package cl.redlim.access.api;

import java.time.Instant;

public record IdempotentRequestRecordedEvent(String keyHash, String principal, String fingerprint, int status,
                                             String location, String etag, String body, Instant recordedAt,
                                             Instant expiresAt) {
}
