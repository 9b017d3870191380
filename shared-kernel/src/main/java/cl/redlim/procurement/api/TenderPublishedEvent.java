package cl.redlim.procurement.api;

import java.time.Duration;
import java.time.Instant;

/**
 * The tender was published; {@code minimumPeriod} is the minimum publication period the rules required of it (the
 * reduced one when {@code reducedPeriod}).
 */
public record TenderPublishedEvent(String processId, Instant closesAt, Duration minimumPeriod, boolean reducedPeriod,
                                   String reducedPeriodJustification, Instant publishedAt) {
}
