package cl.redlim.document.api;

import cl.redlim.kernel.CommuneCode;

import java.time.Instant;
import java.util.List;

/** A case file was opened; {@code parties} includes the municipality itself. */
public record CaseFileOpenedEvent(String caseFileId, CommuneCode municipality, String title, String subject,
                                  List<CaseFileParty> parties, Instant openedAt) {
}
