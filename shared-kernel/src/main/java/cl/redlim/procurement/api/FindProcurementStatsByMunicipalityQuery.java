package cl.redlim.procurement.api;

/** Processes and amounts per buyer municipality, of processes planned in the filter's interval. */
public record FindProcurementStatsByMunicipalityQuery(ProcurementStatsFilter filter) {
}
