package cl.redlim.procurement.api;

import cl.redlim.kernel.Rut;

/**
 * A page of procurement processes; every filter is optional. {@code supplier} matches processes that awarded the
 * supplier or whose opened bids include one of theirs. {@code page} counts from 0.
 */
public record FindProcurementsQuery(String commune, String regionCode, ProcurementMethod method,
                                    TenderType tenderType, ProcurementStatus status, Rut supplier, int page,
                                    int size) {
}
