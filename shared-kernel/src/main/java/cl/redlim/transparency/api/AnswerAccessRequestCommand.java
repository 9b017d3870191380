package cl.redlim.transparency.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * The municipality's answer: grant, partial grant with each withheld part's art. 21 ground, or denial citing
 * art. 21 grounds. {@code documentIds} are the answer's documents in the document context.
 */
public record AnswerAccessRequestCommand(@TargetAggregateIdentifier String requestId, AnswerOutcome outcome,
                                         String summary, List<WithheldPart> withheldParts,
                                         List<Art21Ground> denialGrounds, List<String> documentIds,
                                         Instant answeredAt) {
}
