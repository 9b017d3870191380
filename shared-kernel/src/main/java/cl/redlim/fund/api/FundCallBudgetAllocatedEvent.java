package cl.redlim.fund.api;

import cl.redlim.kernel.Clp;
import cl.redlim.territory.api.CommuneGroup;

import java.time.Instant;

public record FundCallBudgetAllocatedEvent(String callId, String applicationId, CommuneGroup group, Clp amount,
                                           Instant allocatedAt) {
}
