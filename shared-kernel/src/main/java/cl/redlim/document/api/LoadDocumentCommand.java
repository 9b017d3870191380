package cl.redlim.document.api;

import cl.redlim.kernel.CommuneCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Registers a new document with its first version, whose content is already in the content store. */
public record LoadDocumentCommand(@TargetAggregateIdentifier String documentId, CommuneCode municipality,
                                  DocumentType type, String title, String author,
                                  DocumentClassification classification, ReservationGround reservationGround,
                                  String reservationReason, DocumentLinks links, DocumentContent content,
                                  Instant loadedAt) {
}
