package cl.redlim.transparency.api;

import java.time.Instant;
import java.time.LocalDate;

/** The deadline was extended once by 10 business days; the requester was notified with the reasons. */
public record AccessRequestDeadlineExtendedEvent(String requestId, String reasons, LocalDate previousDeadline,
                                                 LocalDate deadline, Instant notifiedAt) {
}
