package cl.redlim.transparency.api;

import java.time.Instant;

public record ThirdPartyOppositionRecordedEvent(String requestId, String grounds, Instant opposedAt) {
}
