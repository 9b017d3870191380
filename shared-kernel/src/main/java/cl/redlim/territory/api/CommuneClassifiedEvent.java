package cl.redlim.territory.api;

import cl.redlim.kernel.CommuneCode;

import java.time.Instant;

public record CommuneClassifiedEvent(CommuneCode cut, CommuneGroup group, Rurality rurality, Instant classifiedAt) {
}
