package cl.redlim.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Gives a signed version the next number of its municipality and year. */
public record NumberDocumentCommand(@TargetAggregateIdentifier String documentId, int version, Instant numberedAt) {
}
