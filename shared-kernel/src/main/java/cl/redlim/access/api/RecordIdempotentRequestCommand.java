package cl.redlim.access.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Remembers the outcome of a command sent with an {@code Idempotency-Key}, in the same unit of work as the command
 * itself: either both are stored or neither.
 *
 * @param keyHash     SHA-256 of the caller (principal, role, scope) and the key, so keys of callers that the
 *                    endpoints treat differently never meet
 * @param fingerprint SHA-256 of the method, path and body of the first request
 */
public record RecordIdempotentRequestCommand(String keyHash, String principal, String fingerprint, int status,
                                             String location, String etag, String body, Instant recordedAt,
                                             Instant expiresAt) {

    public static String aggregateIdOf(String keyHash) {
        return "idempotency:" + keyHash;
    }

    @TargetAggregateIdentifier
    public String aggregateId() {
        return aggregateIdOf(keyHash);
    }
}
