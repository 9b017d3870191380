package cl.redlim.fund.api;

import java.util.List;

public record FundApplicationPageView(List<FundApplicationSummaryView> items, int page, int size, long totalItems,
                                      int totalPages) {
}
