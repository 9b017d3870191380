package cl.redlim.procurement.api;

/** A page of processes with red flags: of one flag, or of any when {@code flag} is null. */
public record FindProcurementRedFlagsQuery(ProcurementRedFlag flag, String commune, String regionCode, int page,
                                           int size) {
}
