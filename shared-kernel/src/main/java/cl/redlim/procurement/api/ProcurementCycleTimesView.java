package cl.redlim.procurement.api;

import java.util.List;

/**
 * How long buying takes: days from publication of the tender (or Compra Ágil request) to the first award, overall,
 * by tender type (L1 to LR, and COMPRA_AGIL) and by region. Direct and framework purchases publish nothing and are
 * not counted.
 */
public record ProcurementCycleTimesView(Row overall, List<Row> byType, List<Row> byRegion) {

    /**
     * @param awarded    processes published and awarded
     * @param medianDays null when there are none; median, mean and 90th percentile (nearest rank) to one decimal
     */
    public record Row(String key, String label, int awarded, Double medianDays, Double meanDays, Double p90Days) {
    }
}
