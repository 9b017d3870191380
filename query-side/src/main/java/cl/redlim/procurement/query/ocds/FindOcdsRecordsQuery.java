package cl.redlim.procurement.query.ocds;

import java.time.Instant;

/** A page of the records of processes with a release at or after {@code since} (all when null), by ocid. */
public record FindOcdsRecordsQuery(Instant since, int page, int size, boolean versioned, String baseUrl,
                                   String pageUrl) {
}
