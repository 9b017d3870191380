package cl.redlim.document.api;

/** One public document; a reserved one is not found. */
public record FindPublishedDocumentQuery(String documentId) {
}
