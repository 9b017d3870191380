package cl.redlim.fund.api;

public record FindFundCallQuery(String callId) {
}
