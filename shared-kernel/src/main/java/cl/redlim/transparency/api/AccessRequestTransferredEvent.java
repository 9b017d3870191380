package cl.redlim.transparency.api;

import java.time.Instant;

public record AccessRequestTransferredEvent(String requestId, String competentBody, String reasons,
                                            Instant transferredAt) {
}
