package cl.redlim.certification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Revokes the current certificate, with a reason that auditors can read and the public cannot. */
public record RevokeCertificateCommand(@TargetAggregateIdentifier String certificationId, String reason,
                                       Instant revokedAt) {
}
