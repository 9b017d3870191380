package cl.redlim.document.api;

import cl.redlim.kernel.CommuneCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Opens a case file (expediente) of a municipality; the municipality is always a party, others may be listed. */
public record OpenCaseFileCommand(@TargetAggregateIdentifier String caseFileId, CommuneCode municipality,
                                  String title, String subject, List<CaseFileParty> parties, Instant openedAt) {
}
