package cl.redlim.certification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Certifies the official: only when every module is done and the assessment is passed. */
public record CertifyOfficialCommand(@TargetAggregateIdentifier String certificationId, Instant certifiedAt) {
}
