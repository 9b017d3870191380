package cl.redlim.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records the signed transfer agreement (convenio) between the fund and the municipality. */
public record SignFundAgreementCommand(@TargetAggregateIdentifier String applicationId, String agreementReference,
                                       Instant signedAt) {
}
