package cl.redlim.procurement.api;

/** Processes and amounts per status, of processes planned in the filter's interval. */
public record FindProcurementStatsByStatusQuery(ProcurementStatsFilter filter) {
}
