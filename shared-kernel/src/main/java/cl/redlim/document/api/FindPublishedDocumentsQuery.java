package cl.redlim.document.api;

/** Public documents, newest first; every filter optional. */
public record FindPublishedDocumentsQuery(String municipality, DocumentType type, DocumentStatus status, int page,
                                          int size) {
}
