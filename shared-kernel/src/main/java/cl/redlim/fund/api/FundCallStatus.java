package cl.redlim.fund.api;

/** PUBLISHED before the window opens, OPEN inside it, CLOSED after it or once closed early. */
public enum FundCallStatus {
    PUBLISHED, OPEN, CLOSED
}
