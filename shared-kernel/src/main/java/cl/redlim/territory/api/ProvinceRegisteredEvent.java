package cl.redlim.territory.api;

public record ProvinceRegisteredEvent(String provinceCode, String name, String regionCode) {
}
