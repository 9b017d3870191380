package cl.redlim.transparency.api;

import cl.redlim.kernel.CommuneCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A municipality records an access-to-information request (Ley 20.285 art. 12) the instant it received it. */
public record ReceiveAccessRequestCommand(@TargetAggregateIdentifier String requestId, CommuneCode commune,
                                          RequesterContact requester, String subject, AccessRequestChannel channel,
                                          Instant receivedAt) {
}
