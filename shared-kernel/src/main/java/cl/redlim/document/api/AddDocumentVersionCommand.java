package cl.redlim.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Adds a new version (new content) to a document; its cycle starts again. */
public record AddDocumentVersionCommand(@TargetAggregateIdentifier String documentId, DocumentContent content,
                                        String note, Instant addedAt) {
}
