package cl.redlim.fund.api;

import cl.redlim.kernel.Clp;

import java.time.Instant;

/** @param totalDisbursed what the municipality received in all, for the record */
public record FundApplicationClosedEvent(String applicationId, Clp totalDisbursed, Instant closedAt) {
}
