package cl.redlim.transparency.api;

import java.time.Instant;

public record AmparoResolvedEvent(String requestId, AmparoOutcome outcome, String decisionReference,
                                  Instant resolvedAt) {
}
