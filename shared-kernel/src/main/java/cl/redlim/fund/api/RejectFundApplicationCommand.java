package cl.redlim.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record RejectFundApplicationCommand(@TargetAggregateIdentifier String applicationId, String reason,
                                           Instant rejectedAt) {
}
