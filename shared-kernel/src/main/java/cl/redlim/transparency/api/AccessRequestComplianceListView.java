package cl.redlim.transparency.api;

import java.util.List;

public record AccessRequestComplianceListView(List<AccessRequestComplianceView> items, int total) {
}
