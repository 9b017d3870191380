package cl.redlim.procurement.api;

import cl.redlim.kernel.Clp;

import java.time.Instant;
import java.time.LocalDate;

public record ContractAmendedEvent(String processId, String contractId, String amendmentId, Clp previousValue,
                                   Clp value, LocalDate previousEndsOn, LocalDate endsOn, String rationale,
                                   Instant amendedAt) {
}
