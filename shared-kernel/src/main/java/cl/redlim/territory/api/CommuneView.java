package cl.redlim.territory.api;

public record CommuneView(String cut, String name, String provinceCode, String provinceName, String regionCode,
                          String regionName, CommuneGroup group, Rurality rurality, long version) {
}
