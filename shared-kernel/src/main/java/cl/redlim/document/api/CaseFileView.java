package cl.redlim.document.api;

import java.time.Instant;
import java.util.List;

/** A case file as its parties read it: entries in order. */
public record CaseFileView(String caseFileId, String municipality, String title, String subject,
                           List<CaseFileParty> parties, boolean closed, List<Entry> entries, Instant openedAt,
                           long version) {

    /**
     * @param kind       DOCUMENT, ACTION, PARTY_ADDED or CLOSED
     * @param documentId for a document entry, with its title and type as loaded
     * @param by         the principal who recorded it
     */
    public record Entry(int entry, String kind, String documentId, String documentTitle, DocumentType documentType,
                        String action, String description, CaseFileParty party, String by, Instant at) {
    }
}
