package cl.redlim.territory.api;

public record RegionRegisteredEvent(String regionCode, String name, String isoCode) {
}
