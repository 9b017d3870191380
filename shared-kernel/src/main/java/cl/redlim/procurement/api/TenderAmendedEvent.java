package cl.redlim.procurement.api;

import java.time.Instant;

/** The tender was amended. {@code extendedByRule} says the rules moved the closing beyond what was asked. */
public record TenderAmendedEvent(String processId, String amendmentId, String rationale, String description,
                                 Instant previousClosesAt, Instant closesAt, boolean extendedByRule,
                                 Instant amendedAt) {
}
