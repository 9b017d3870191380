package cl.redlim.fund.api;

import cl.redlim.kernel.Clp;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Submits the report (rendición) accounting for a paid tranche. */
public record SubmitFundReportCommand(@TargetAggregateIdentifier String applicationId, int tranche, String summary,
                                      Clp amountAccounted, Instant submittedAt) {
}
