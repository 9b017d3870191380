package cl.redlim.procurement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Declares an opened bid admissible, or inadmissible with reasons. */
public record DecideBidAdmissibilityCommand(@TargetAggregateIdentifier String processId, String bidId,
                                            boolean admissible, List<String> reasons, Instant decidedAt) {
}
