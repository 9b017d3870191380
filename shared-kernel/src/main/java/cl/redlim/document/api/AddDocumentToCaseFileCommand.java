package cl.redlim.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record AddDocumentToCaseFileCommand(@TargetAggregateIdentifier String caseFileId, String documentId,
                                           Instant addedAt) {
}
