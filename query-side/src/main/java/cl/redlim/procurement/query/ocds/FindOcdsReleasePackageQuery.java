package cl.redlim.procurement.query.ocds;

/** The release package of one process; NOT_FOUND when there is no process with that ocid. */
public record FindOcdsReleasePackageQuery(String ocid, String baseUrl) {
}
