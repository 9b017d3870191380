package cl.redlim.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Visar: the reviewer approves the version they read (its number guards against reviewing a stale version). */
public record ReviewDocumentCommand(@TargetAggregateIdentifier String documentId, int version, String reviewerName,
                                    String note, Instant reviewedAt) {
}
