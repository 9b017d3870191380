package cl.redlim.fund.api;

/** A page of applications; every filter is optional. {@code page} counts from 0. */
public record FindFundApplicationsQuery(String callId, String commune, String regionCode, FundApplicationStatus status,
                                        Integer group, int page, int size) {
}
