package cl.redlim.fund.api;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;

import java.time.Instant;

public record FundApplicationDraftedEvent(String applicationId, String callId, CommuneCode commune, String title,
                                          String description, Clp requestedAmount, int beneficiaries,
                                          Instant draftedAt) {
}
