package cl.redlim.transparency.api;

/** @param commune a CUT code, or null for every municipality with requests */
public record FindAccessRequestComplianceQuery(String commune) {
}
