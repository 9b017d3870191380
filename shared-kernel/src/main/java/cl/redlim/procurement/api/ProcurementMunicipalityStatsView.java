package cl.redlim.procurement.api;

import java.util.List;

/** Processes and amounts per buyer municipality, by CUT code. */
public record ProcurementMunicipalityStatsView(List<Row> rows) {

    /**
     * @param awardedProcesses processes with at least one award
     * @param contractedAmount the current value of their contracts, amendments included
     */
    public record Row(String commune, String communeName, String regionCode, String regionName, long processes,
                      long estimatedAmount, long awardedProcesses, long awardedAmount, long contractedAmount,
                      long paidAmount) {
    }
}
