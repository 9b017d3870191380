package cl.redlim.certification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Ends an enrolment that is not certified: a withdrawal or a drop-out, with a reason. */
public record WithdrawFromCertificationCommand(@TargetAggregateIdentifier String certificationId, WithdrawalKind kind,
                                               String reason, Instant withdrawnAt) {
}
