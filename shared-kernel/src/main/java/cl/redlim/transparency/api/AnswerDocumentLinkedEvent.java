package cl.redlim.transparency.api;

import java.time.Instant;

public record AnswerDocumentLinkedEvent(String requestId, String documentId, Instant linkedAt) {
}
