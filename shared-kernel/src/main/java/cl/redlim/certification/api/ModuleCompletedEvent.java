package cl.redlim.certification.api;

import java.time.Instant;

/** A module of the enrolment's requirements is done; {@code hours} as that version defines them. */
public record ModuleCompletedEvent(String certificationId, String moduleId, int hours, String evidence,
                                   String instructor, Instant completedAt) {
}
