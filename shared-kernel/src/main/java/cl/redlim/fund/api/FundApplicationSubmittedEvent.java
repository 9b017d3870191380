package cl.redlim.fund.api;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.territory.api.CommuneGroup;

import java.time.Instant;

/** Records the commune's SUBDERE group as it stood at submission: later reclassification does not move caps. */
public record FundApplicationSubmittedEvent(String applicationId, String callId, CommuneCode commune,
                                            CommuneGroup group, Instant submittedAt) {
}
