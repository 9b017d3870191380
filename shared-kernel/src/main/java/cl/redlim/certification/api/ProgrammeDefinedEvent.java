package cl.redlim.certification.api;

import java.time.Instant;

/** A certification programme exists, with version 1 of its requirements. */
public record ProgrammeDefinedEvent(String programmeId, String title, String description, int version,
                                    ProgrammeRequirements requirements, Instant definedAt) {
}
