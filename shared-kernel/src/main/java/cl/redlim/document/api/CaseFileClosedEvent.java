package cl.redlim.document.api;

import java.time.Instant;

/** The last entry of a case file: it takes no more entries, and stays readable by its parties. */
public record CaseFileClosedEvent(String caseFileId, int entry, String reason, Instant closedAt) {
}
