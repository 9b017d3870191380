package cl.redlim.procurement.api;

import java.time.Instant;

/**
 * Narrows a procurement statistic to a buyer commune or region, and to instants in {@code [from, to)}; every part
 * is optional. Each statistic says which instant of a process the interval applies to.
 */
public record ProcurementStatsFilter(String commune, String regionCode, Instant from, Instant to) {

    public static ProcurementStatsFilter none() {
        return new ProcurementStatsFilter(null, null, null, null);
    }
}
