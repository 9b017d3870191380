package cl.redlim.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Signs the version the signer read with the signer's own key (the caller's principal). */
public record SignDocumentCommand(@TargetAggregateIdentifier String documentId, int version, String signerName,
                                  String signerPosition, Instant signedAt) {
}
