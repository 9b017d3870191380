package cl.redlim.procurement.api;

import java.util.List;

/** Processes and amounts per status, in the order of the lifecycle. */
public record ProcurementStatusStatsView(List<Row> rows) {

    public record Row(ProcurementStatus status, long processes, long estimatedAmount, long awardedAmount) {
    }
}
