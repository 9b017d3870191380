package cl.redlim.territory.api;

/** All communes, optionally narrowed; null filters match everything. */
public record FindCommunesQuery(String regionCode, CommuneGroup group, Rurality rurality) {
}
