package cl.redlim.procurement.api;

import java.util.List;

public record ProcurementPageView(List<ProcurementSummaryView> items, int page, int size, long totalItems,
                                  int totalPages) {
}
