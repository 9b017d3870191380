package cl.redlim.document.api;

import java.time.Instant;

/** A new version of a document was loaded; earlier versions stay as they were. */
public record DocumentVersionAddedEvent(String documentId, int version, DocumentContent content, String note,
                                        Instant addedAt) {
}
