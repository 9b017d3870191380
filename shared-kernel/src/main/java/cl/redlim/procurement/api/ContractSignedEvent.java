package cl.redlim.procurement.api;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.Rut;

import java.time.Instant;
import java.time.LocalDate;

public record ContractSignedEvent(String processId, String contractId, String awardId, Rut supplier, Clp value,
                                  LocalDate startsOn, LocalDate endsOn, Instant signedAt) {
}
