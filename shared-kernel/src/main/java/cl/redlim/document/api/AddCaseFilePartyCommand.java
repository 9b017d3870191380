package cl.redlim.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record AddCaseFilePartyCommand(@TargetAggregateIdentifier String caseFileId, CaseFileParty party,
                                      Instant addedAt) {
}
