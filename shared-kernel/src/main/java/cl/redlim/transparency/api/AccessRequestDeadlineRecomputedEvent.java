package cl.redlim.transparency.api;

import java.time.Instant;
import java.time.LocalDate;

/** The holiday calendar changed and so did the request's deadline; {@code reason} says which holiday. */
public record AccessRequestDeadlineRecomputedEvent(String requestId, LocalDate previousDeadline, LocalDate deadline,
                                                   LocalDate legalDeadline, long calendarVersion, String reason,
                                                   Instant recomputedAt) {
}
