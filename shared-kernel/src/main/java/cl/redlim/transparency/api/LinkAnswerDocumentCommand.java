package cl.redlim.transparency.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Links one more document (an id of the document context) to an answered request. */
public record LinkAnswerDocumentCommand(@TargetAggregateIdentifier String requestId, String documentId,
                                        Instant linkedAt) {
}
