package cl.redlim.procurement.api;

import java.time.Instant;
import java.util.List;

public record BidDeclaredInadmissibleEvent(String processId, String bidId, List<String> reasons, Instant decidedAt) {
}
