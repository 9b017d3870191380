package cl.redlim.certification.api;

import java.time.Instant;

/** Version {@code version} of the programme's requirements; earlier enrolments keep theirs. */
public record ProgrammeRequirementsRevisedEvent(String programmeId, int version, ProgrammeRequirements requirements,
                                                String note, Instant revisedAt) {
}
