package cl.redlim.document.api;

import java.time.Instant;

/** A version was reviewed (visado) by the caller's principal. */
public record DocumentReviewedEvent(String documentId, int version, String reviewer, String reviewerName,
                                    String note, Instant reviewedAt) {
}
