package cl.redlim.fund.api;

import cl.redlim.kernel.Clp;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record AwardFundApplicationCommand(@TargetAggregateIdentifier String applicationId, Clp amount,
                                          Instant awardedAt) {
}
