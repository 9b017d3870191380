package cl.redlim.territory.api;

import cl.redlim.kernel.CommuneCode;

public record CommuneRegisteredEvent(CommuneCode cut, String name, String provinceCode, String regionCode) {
}
