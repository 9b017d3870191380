package cl.redlim.fund.api;

import java.util.List;

public record GrantListView(List<GrantRecordView> grants) {
}
