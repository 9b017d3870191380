package cl.redlim.fund.api;

import java.util.List;

public record FundCallListView(List<FundCallView> items) {
}
