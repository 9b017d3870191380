package cl.redlim.transparency.api;

/** Where a request stands; RECEIVED is open (within or past its deadline). */
public enum AccessRequestStatus {
    RECEIVED,
    TRANSFERRED,
    ANSWERED
}
