package cl.redlim.procurement.api;

import java.time.Instant;
import java.util.List;

/** A process in a list: who buys what, how, where it stands, and its red flags. */
public record ProcurementSummaryView(String processId, String buyer, String communeName, String regionCode,
                                     String regionName, String title, ProcurementCategory category,
                                     ProcurementMethod method, TenderType tenderType, ProcurementStatus status,
                                     long estimatedAmount, long awardedAmount, int bidCount, Instant plannedAt,
                                     Instant publishedAt, Instant awardedAt, List<ProcurementRedFlag> flags) {
}
