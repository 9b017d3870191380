package cl.redlim.procurement.api;

import java.util.List;

/** What was awarded, in total, per buyer municipality and per supplier; the largest amounts first. */
public record ProcurementAwardedTotalsView(long awards, long awardedAmount, List<MunicipalityTotal> byMunicipality,
                                           List<SupplierTotal> bySupplier) {

    public record MunicipalityTotal(String commune, String communeName, String regionCode, String regionName,
                                    long awards, long processes, long awardedAmount) {
    }

    public record SupplierTotal(String supplier, String supplierName, long awards, long processes, long buyers,
                                long awardedAmount) {
    }
}
