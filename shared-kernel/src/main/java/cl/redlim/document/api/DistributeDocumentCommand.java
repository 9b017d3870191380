package cl.redlim.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Sends a numbered version to its recipients. */
public record DistributeDocumentCommand(@TargetAggregateIdentifier String documentId, int version,
                                        List<Recipient> recipients, Instant distributedAt) {
}
