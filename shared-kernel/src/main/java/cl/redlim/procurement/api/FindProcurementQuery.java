package cl.redlim.procurement.api;

/** One procurement process as the public sees it. */
public record FindProcurementQuery(String processId) {
}
