package cl.redlim.procurement.api;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.Rut;

import java.time.Instant;
import java.util.List;

/** A bid was received. Bids stay confidential until they are opened. */
public record BidSubmittedEvent(String processId, String bidId, Rut supplier, String supplierName, Clp amount,
                                String lot, List<BidDocument> documents, Instant submittedAt) {
}
