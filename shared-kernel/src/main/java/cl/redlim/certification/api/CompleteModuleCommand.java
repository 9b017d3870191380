package cl.redlim.certification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records a module done, with its evidence (a reference: URL, folio, file hash) and the instructor who taught it. */
public record CompleteModuleCommand(@TargetAggregateIdentifier String certificationId, String moduleId,
                                    String evidence, String instructor, Instant completedAt) {
}
