package cl.redlim.fund.api;

/** Where an application stands. Read models show it; the names are part of the public API. */
public enum FundApplicationStatus {
    DRAFT, SUBMITTED, ADMISSIBLE, INADMISSIBLE, UNDER_EVALUATION, EVALUATED, AWARDED, REJECTED, AGREEMENT_SIGNED,
    CLOSED
}
