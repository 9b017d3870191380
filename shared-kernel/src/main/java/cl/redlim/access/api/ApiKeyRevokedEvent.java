package cl.redlim.access.api;

import java.time.Instant;

public record ApiKeyRevokedEvent(String keyId, String reason, Instant revokedAt) {
}
