package cl.redlim.transparency.api;

import java.util.List;

public record AccessRequestListView(List<AccessRequestView> items, int total) {
}
