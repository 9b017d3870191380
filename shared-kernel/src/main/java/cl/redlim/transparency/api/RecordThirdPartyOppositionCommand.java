package cl.redlim.transparency.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Art. 20: a third party whose rights the information affects opposes its delivery. */
public record RecordThirdPartyOppositionCommand(@TargetAggregateIdentifier String requestId, String grounds,
                                                Instant opposedAt) {
}
