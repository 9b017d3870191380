package cl.redlim.fund.api;

/** Grant records of awarded applications, optionally of one call. */
public record FindGrantsQuery(String callId) {
}
