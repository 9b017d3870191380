package cl.redlim.certification.api;

import java.time.Instant;

/** The certifications whose current certificate is valid until {@code asOf} or earlier and not yet recorded expired. */
public record FindCertificatesDueForExpiryQuery(Instant asOf, int limit) {
}
