package cl.redlim.fund.api;

public record FindFundApplicationQuery(String applicationId) {
}
