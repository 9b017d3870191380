package cl.redlim.document.api;

import cl.redlim.kernel.CommuneCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Takes the next number of a municipality's year for a document version. Sent by the document aggregate, in its own
 * unit of work, never over HTTP. {@code numberingId} is {@link DocumentNumberingId#of}.
 */
public record AllocateDocumentNumberCommand(@TargetAggregateIdentifier String numberingId, CommuneCode municipality,
                                            int year, String documentId, int version, Instant allocatedAt) {
}
