package cl.redlim.document.api;

import java.time.Instant;

/** Entry {@code entry} (1, 2, 3, … in order) of a case file: a document of its municipality. */
public record CaseFileDocumentAddedEvent(String caseFileId, int entry, String documentId, Instant addedAt) {
}
