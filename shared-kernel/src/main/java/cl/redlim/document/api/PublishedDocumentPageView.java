package cl.redlim.document.api;

import java.util.List;

public record PublishedDocumentPageView(List<PublishedDocumentView> items, int page, int size, long total) {
}
