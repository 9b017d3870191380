package cl.redlim.document.api;

import java.time.Instant;

public record CaseFileActionRecordedEvent(String caseFileId, int entry, String action, String description,
                                          Instant recordedAt) {
}
