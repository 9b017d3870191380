package cl.redlim.certification.api;

/** Where a certification stands. */
public enum CertificationStatus {
    IN_PROGRESS,
    CERTIFIED,
    EXPIRED,
    REVOKED,
    WITHDRAWN,
    DROPPED_OUT
}
