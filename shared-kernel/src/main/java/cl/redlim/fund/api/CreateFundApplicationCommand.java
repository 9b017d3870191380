package cl.redlim.fund.api;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Drafts an application of a municipality to a call. */
public record CreateFundApplicationCommand(@TargetAggregateIdentifier String applicationId, String callId,
                                           CommuneCode commune, String title, String description,
                                           Clp requestedAmount, int beneficiaries, Instant createdAt) {
}
