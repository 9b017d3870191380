package cl.redlim.procurement.api;

/** A red flag raised on a process, with a short explanation of the numbers that raised it. */
public record ProcurementRedFlagView(ProcurementRedFlag flag, String explanation) {
}
