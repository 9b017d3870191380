package cl.redlim.certification.api;

/**
 * Progress per municipality, the rural ones first.
 *
 * @param programmeId one programme, or null for all
 * @param region      a 2-digit region code, or null for every region
 * @param ruralOnly   true for predominantly rural communes only
 */
public record FindCertificationProgressByMunicipalityQuery(String programmeId, String region, boolean ruralOnly) {
}
