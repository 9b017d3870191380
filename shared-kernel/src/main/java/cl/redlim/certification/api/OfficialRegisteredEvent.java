package cl.redlim.certification.api;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;

import java.time.Instant;

/** A municipal official is known to RedLIM: name, RUT and the municipality where they work. */
public record OfficialRegisteredEvent(String officialId, Rut rut, String name, CommuneCode municipality,
                                      String position, Instant registeredAt) {
}
