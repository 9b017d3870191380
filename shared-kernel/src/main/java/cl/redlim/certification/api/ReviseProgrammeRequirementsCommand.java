package cl.redlim.certification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Publishes a new version of a programme's requirements; it applies to enrolments from now on only. */
public record ReviseProgrammeRequirementsCommand(@TargetAggregateIdentifier String programmeId,
                                                 ProgrammeRequirements requirements, String note, Instant revisedAt) {
}
