package cl.redlim.document.api;

import java.time.Instant;
import java.util.List;

/** A public document with every version and its verification data; {@code version} is the ETag. */
public record PublishedDocumentView(String documentId, String municipality, String communeName, DocumentType type,
                                    String title, String author, DocumentClassification classification,
                                    DocumentLinks links, DocumentStatus status, int currentVersion,
                                    List<DocumentVersionView> versions, Instant loadedAt, Instant archivedAt,
                                    long version) {
}
