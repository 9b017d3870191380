package cl.redlim.procurement.api;

import java.time.Instant;
import java.util.List;

/**
 * Processes with red flags, in planning order, and how many processes carry each flag under the same commune or
 * region filter.
 */
public record ProcurementRedFlagPageView(List<FlaggedProcess> items, int page, int size, long totalItems,
                                         int totalPages, List<FlagCount> counts) {

    public record FlaggedProcess(String processId, String buyer, String communeName, String regionCode,
                                 String regionName, String title, ProcurementMethod method, TenderType tenderType,
                                 ProcurementStatus status, long estimatedAmount, long awardedAmount,
                                 Instant plannedAt, List<ProcurementRedFlagView> flags) {
    }

    public record FlagCount(ProcurementRedFlag flag, long processes) {
    }
}
