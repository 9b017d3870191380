package cl.redlim.procurement.api;


import java.time.Instant;

/** The tender was published; {@code minimumDays} is the minimum publication period the rules required. */
public record TenderPublishedEvent(String processId, Instant closesAt, int minimumDays, boolean reducedPeriod,
                                   String reducedPeriodJustification, Instant publishedAt) {
}
