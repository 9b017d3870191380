package cl.redlim.fund.api;

import cl.redlim.kernel.Clp;

import java.time.Instant;

public record FundTranchePaidEvent(String applicationId, int tranche, Clp amount, Instant paidAt) {
}
