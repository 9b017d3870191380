package cl.redlim.document.api;

import java.time.Instant;

/** A version got its number: {@code number} of {@code year} in the document's municipality. */
public record DocumentNumberedEvent(String documentId, int version, int year, long number, Instant numberedAt) {
}
