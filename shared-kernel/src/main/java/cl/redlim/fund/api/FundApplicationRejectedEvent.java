package cl.redlim.fund.api;

import java.math.BigDecimal;
import java.time.Instant;

public record FundApplicationRejectedEvent(String applicationId, String reason, BigDecimal finalScore,
                                           Instant rejectedAt) {
}
