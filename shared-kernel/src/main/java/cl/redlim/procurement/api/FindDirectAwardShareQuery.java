package cl.redlim.procurement.api;

/** The share of direct awards (trato directo) and their grounds, among processes first awarded in the interval. */
public record FindDirectAwardShareQuery(ProcurementStatsFilter filter) {
}
