package cl.redlim.territory.api;

import java.util.List;

public record CommuneListView(List<CommuneView> items, int total) {
}
