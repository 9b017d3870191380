package cl.redlim.procurement.query.ocds;

/** The record package of one process, with its versioned release if asked; NOT_FOUND when unknown. */
public record FindOcdsRecordPackageQuery(String ocid, boolean versioned, String baseUrl) {
}
