package cl.redlim.fund.api;

/** Cycle times of the fund, optionally of one call. */
public record FindFundCycleTimesQuery(String callId) {
}
