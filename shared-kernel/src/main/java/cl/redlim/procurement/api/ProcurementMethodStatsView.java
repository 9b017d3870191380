package cl.redlim.procurement.api;

import java.util.List;

/** Processes and amounts per method and, for public tenders, tender type ({@code tenderType} null otherwise). */
public record ProcurementMethodStatsView(List<Row> rows) {

    public record Row(ProcurementMethod method, TenderType tenderType, long processes, long estimatedAmount,
                      long awardedProcesses, long awardedAmount) {
    }
}
