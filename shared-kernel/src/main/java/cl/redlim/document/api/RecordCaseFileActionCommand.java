package cl.redlim.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records an action taken in the case (a hearing, a notice, a decision) as its next entry. */
public record RecordCaseFileActionCommand(@TargetAggregateIdentifier String caseFileId, String action,
                                          String description, Instant recordedAt) {
}
