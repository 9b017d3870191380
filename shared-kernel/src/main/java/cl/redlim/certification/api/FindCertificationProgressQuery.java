package cl.redlim.certification.api;

/**
 * The public progress toward the programme's target: national figures, by region, by commune group and by rurality,
 * the funnel, the median time to certify and the forecast.
 *
 * @param programmeId one programme, or null for all (an official certified in two programmes counts once)
 */
public record FindCertificationProgressQuery(String programmeId) {
}
