package cl.redlim.fund.api;

import java.time.Instant;
import java.util.List;

public record FundApplicationDeclaredAdmissibleEvent(String applicationId, List<String> notes, Instant decidedAt) {
}
