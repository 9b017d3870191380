package cl.redlim.procurement.api;

/** Totals awarded per municipality and per supplier, of awards made in the filter's interval. */
public record FindProcurementAwardedTotalsQuery(ProcurementStatsFilter filter) {
}
