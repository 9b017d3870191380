package cl.redlim.procurement.api;

import java.util.List;

/** Per supplier (RUT): opened bids and awards. Sealed bids are never counted here. */
public record ProcurementSupplierStatsView(List<Row> items, int page, int size, long totalItems, int totalPages) {

    /**
     * @param processes processes the supplier bid in (opened bids) or was awarded
     * @param buyers    distinct buyer municipalities among those processes
     */
    public record Row(String supplier, String supplierName, long bids, long bidAmount, long awards,
                      long awardedAmount, long processes, long buyers) {
    }
}
