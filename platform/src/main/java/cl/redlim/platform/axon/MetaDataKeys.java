package cl.redlim.platform.axon;

/** Metadata keys RedLIM puts on commands; those marked so are copied onto every event a command causes. */
public final class MetaDataKeys {

    /** Copied onto events: the request (or other origin) that started it all. */
    public static final String CORRELATION_ID = "correlationId";
    /** Copied onto events: the id of the message that directly caused them. */
    public static final String CAUSATION_ID = "causationId";
    /** The aggregate version the caller expects ({@code If-Match}); not copied. */
    public static final String EXPECTED_VERSION = "expectedVersion";
    public static final String IDEMPOTENCY_KEY_HASH = "idempotencyKeyHash";
    public static final String IDEMPOTENCY_FINGERPRINT = "idempotencyFingerprint";
    public static final String IDEMPOTENCY_EXPIRES_AT = "idempotencyExpiresAt";
    public static final String RESPONSE_STATUS = "responseStatus";
    public static final String RESPONSE_LOCATION = "responseLocation";
    public static final String RESPONSE_BODY = "responseBody";

    private MetaDataKeys() {
    }
}
