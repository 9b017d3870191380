package cl.redlim.fund.api;

import java.time.Instant;

public record FundCallClosedEvent(String callId, Instant closedAt) {
}
