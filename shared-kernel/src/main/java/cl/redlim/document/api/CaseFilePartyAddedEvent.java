package cl.redlim.document.api;

import java.time.Instant;

public record CaseFilePartyAddedEvent(String caseFileId, int entry, CaseFileParty party, Instant addedAt) {
}
