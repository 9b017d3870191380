package cl.redlim.platform;

import cl.redlim.access.api.RecordIdempotentRequestCommand;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the outcomes of requests sent with an {@code Idempotency-Key} are remembered. The command side implements
 * it with an aggregate per key, so a command and the record of its outcome are stored in one transaction.
 */
public interface IdempotencyLedger {

    /** The outcome remembered for this key, unless it expired before {@code now}. */
    Optional<Entry> find(String keyHash, Instant now);

    /** Records an outcome inside the current unit of work; refuses when an unexpired record exists. */
    void record(RecordIdempotentRequestCommand command);

    record Entry(String fingerprint, int status, String location, String etag, String body) {
    }
}
