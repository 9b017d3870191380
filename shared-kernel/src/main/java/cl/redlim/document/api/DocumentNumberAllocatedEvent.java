package cl.redlim.document.api;

import cl.redlim.kernel.CommuneCode;

import java.time.Instant;

/** The numbering of a municipality's year gave {@code number} to a document version: numbers go 1, 2, 3, … */
public record DocumentNumberAllocatedEvent(String numberingId, CommuneCode municipality, int year, long number,
                                           String documentId, int version, Instant allocatedAt) {
}
