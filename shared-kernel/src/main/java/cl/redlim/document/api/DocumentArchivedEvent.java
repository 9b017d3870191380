package cl.redlim.document.api;

import java.time.Instant;

public record DocumentArchivedEvent(String documentId, String reason, Instant archivedAt) {
}
