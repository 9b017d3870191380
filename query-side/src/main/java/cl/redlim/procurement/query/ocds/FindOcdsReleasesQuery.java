package cl.redlim.procurement.query.ocds;

import java.time.Instant;

/** A page of the releases dated at or after {@code since} (every release when null), oldest first. */
public record FindOcdsReleasesQuery(Instant since, int page, int size, String baseUrl, String pageUrl) {
}
