package cl.redlim.certification.api;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Registers a municipal official, identified by a validated RUT, working at a municipality. */
public record RegisterOfficialCommand(@TargetAggregateIdentifier String officialId, Rut rut, String name,
                                      CommuneCode municipality, String position, Instant registeredAt) {
}
