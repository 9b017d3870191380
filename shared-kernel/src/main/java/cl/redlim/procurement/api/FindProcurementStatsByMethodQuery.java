package cl.redlim.procurement.api;

/** Processes and amounts per method and tender type, of processes planned in the filter's interval. */
public record FindProcurementStatsByMethodQuery(ProcurementStatsFilter filter) {
}
