package cl.redlim.procurement.query.ocds;

import java.time.Instant;

/**
 * The export's next lines: the releases (or records) of up to {@code processes} processes after
 * {@code afterProcessId} in process id order, from the first when it is null.
 */
public record FindOcdsExportQuery(boolean records, boolean versioned, Instant since, String afterProcessId,
                                  int processes, String baseUrl) {
}
