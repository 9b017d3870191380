package cl.redlim.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Declares a submitted application admissible or inadmissible; an inadmissible one needs reasons. */
public record DecideFundApplicationAdmissibilityCommand(@TargetAggregateIdentifier String applicationId,
                                                        boolean admissible, List<String> reasons,
                                                        Instant decidedAt) {
}
