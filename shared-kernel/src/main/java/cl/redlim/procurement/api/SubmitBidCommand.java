package cl.redlim.procurement.api;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.Rut;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Records a supplier's bid (or quote) while the tender is open. */
public record SubmitBidCommand(@TargetAggregateIdentifier String processId, String bidId, Rut supplier,
                               String supplierName, Clp amount, String lot, List<BidDocument> documents,
                               Instant submittedAt) {
}
