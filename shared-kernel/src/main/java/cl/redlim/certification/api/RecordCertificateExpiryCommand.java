package cl.redlim.certification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Records that the current certificate's validity has passed. Idempotent: a certificate already recorded as expired,
 * or revoked, records nothing. Sent by the expiry sweeper.
 */
public record RecordCertificateExpiryCommand(@TargetAggregateIdentifier String certificationId, Instant recordedAt) {
}
