package cl.redlim.procurement.api;

import java.time.Instant;

public record MarketConsultationRecordedEvent(String processId, String summary, Instant consultedAt) {
}
