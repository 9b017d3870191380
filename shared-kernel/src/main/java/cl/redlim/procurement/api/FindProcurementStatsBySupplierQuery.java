package cl.redlim.procurement.api;

/**
 * Opened bids and awards per supplier, in processes planned in the filter's interval; a page of suppliers, the
 * largest awarded amounts first. {@code page} counts from 0.
 */
public record FindProcurementStatsBySupplierQuery(ProcurementStatsFilter filter, int page, int size) {
}
