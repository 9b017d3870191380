package cl.redlim.transparency.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Sent by RedLIM when the holiday calendar changed: the request recomputes its deadline with the new calendar. */
public record RecomputeAccessRequestDeadlineCommand(@TargetAggregateIdentifier String requestId, String reason,
                                                    Instant requestedAt) {
}
