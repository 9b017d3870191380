package cl.redlim.fund.api;

public record FindFundCallsQuery() {
}
