package cl.redlim.fund.api;

import java.time.Instant;
import java.util.List;

public record FundApplicationDeclaredInadmissibleEvent(String applicationId, List<String> reasons, Instant decidedAt) {
}
