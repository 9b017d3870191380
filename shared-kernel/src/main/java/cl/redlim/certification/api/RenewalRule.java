package cl.redlim.certification.api;

/**
 * What renewing a certificate takes: {@code continuingEducationHours} hours of continuing education since the
 * certificate was issued, presented within the last {@code windowDays} days of its validity (never after).
 */
public record RenewalRule(int continuingEducationHours, int windowDays) {
}
