package cl.redlim.certification.api;

/** How an enrolment ended before certification: the official or municipality withdrew, or the programme saw a drop-out. */
public enum WithdrawalKind {
    WITHDRAWN,
    DROPPED_OUT
}
