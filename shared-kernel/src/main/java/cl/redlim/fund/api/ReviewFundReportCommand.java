package cl.redlim.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Accepts a report, or observes it (sends it back with observations to be corrected and resubmitted). */
public record ReviewFundReportCommand(@TargetAggregateIdentifier String applicationId, int tranche, boolean accepted,
                                      String observations, Instant reviewedAt) {
}
