package cl.redlim.document.api;

import cl.redlim.kernel.CommuneCode;

import java.time.Instant;

/** A document was registered with its first version (version 1). */
public record DocumentLoadedEvent(String documentId, CommuneCode municipality, DocumentType type, String title,
                                  String author, DocumentClassification classification,
                                  ReservationGround reservationGround, String reservationReason,
                                  DocumentLinks links, DocumentContent content, Instant loadedAt) {
}
