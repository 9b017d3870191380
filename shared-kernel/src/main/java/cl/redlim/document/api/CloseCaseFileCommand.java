package cl.redlim.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record CloseCaseFileCommand(@TargetAggregateIdentifier String caseFileId, String reason, Instant closedAt) {
}
