package cl.redlim.fund.api;

import cl.redlim.kernel.Clp;
import cl.redlim.territory.api.CommuneGroup;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Commits part of a call's budget to an awarded application. Sent by the award decision within the same unit of
 * work, so the call's budget and the application's award are recorded together or not at all.
 */
public record AllocateFundCallBudgetCommand(@TargetAggregateIdentifier String callId, String applicationId,
                                            CommuneGroup group, Clp amount, Instant allocatedAt) {
}
