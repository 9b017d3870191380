package cl.redlim.procurement.api;

/** Days from publication to award, of processes first awarded in the filter's interval. */
public record FindProcurementCycleTimesQuery(ProcurementStatsFilter filter) {
}
