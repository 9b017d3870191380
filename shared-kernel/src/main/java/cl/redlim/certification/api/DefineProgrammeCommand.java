package cl.redlim.certification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Defines a certification programme with the first version of its requirements. */
public record DefineProgrammeCommand(@TargetAggregateIdentifier String programmeId, String title, String description,
                                     ProgrammeRequirements requirements, Instant definedAt) {
}
