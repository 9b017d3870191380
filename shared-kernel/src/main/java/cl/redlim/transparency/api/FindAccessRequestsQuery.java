package cl.redlim.transparency.api;

/** @param commune a CUT code, or null for every municipality; @param overdueOnly open requests past their deadline */
public record FindAccessRequestsQuery(String commune, boolean overdueOnly) {
}
