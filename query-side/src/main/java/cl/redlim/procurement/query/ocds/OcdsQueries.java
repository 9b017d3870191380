package cl.redlim.procurement.query.ocds;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * The queries of the OCDS publication and their answers. They live with the read model rather than in the shared
 * kernel: only the query side's own controller sends them. {@code baseUrl} is the public address that package,
 * release and record URIs start with; {@code pageUrl} is the address of the page asked for, without its
 * {@code page} parameter.
 */
public final class OcdsQueries {

    private OcdsQueries() {
    }

    /** The release package of one process; NOT_FOUND when there is no process with that ocid. */
    public record FindOcdsReleasePackageQuery(String ocid, String baseUrl) {
    }

    /** The record package of one process, with its versioned release if asked; NOT_FOUND when unknown. */
    public record FindOcdsRecordPackageQuery(String ocid, boolean versioned, String baseUrl) {
    }

    /** A page of the releases dated at or after {@code since} (every release when null), oldest first. */
    public record FindOcdsReleasesQuery(Instant since, int page, int size, String baseUrl, String pageUrl) {
    }

    /** A page of the records of processes with a release at or after {@code since} (all when null), by ocid. */
    public record FindOcdsRecordsQuery(Instant since, int page, int size, boolean versioned, String baseUrl,
                                       String pageUrl) {
    }

    /**
     * The export's next lines: the releases (or records) of up to {@code processes} processes after
     * {@code afterProcessId} in process id order, from the first when it is null.
     */
    public record FindOcdsExportQuery(boolean records, boolean versioned, Instant since, String afterProcessId,
                                      int processes, String baseUrl) {
    }

    /** One page: its package (null when the page is empty) and the address of the next page (null on the last). */
    public record OcdsPackagePage(JsonNode body, String next) {
    }

    /** Export lines, one JSON document each; {@code lastProcessId} is where the next batch starts, null at the end. */
    public record OcdsExportBatch(List<String> lines, String lastProcessId) {
    }
}
