package cl.redlim.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Archives a document: it takes no further version or step; every version stays readable. */
public record ArchiveDocumentCommand(@TargetAggregateIdentifier String documentId, String reason,
                                     Instant archivedAt) {
}
