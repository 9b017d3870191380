package cl.redlim.transparency.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The one extension of art. 14, notified to the requester with its reasons before the deadline. */
public record ExtendAccessRequestDeadlineCommand(@TargetAggregateIdentifier String requestId, String reasons,
                                                 Instant notifiedAt) {
}
