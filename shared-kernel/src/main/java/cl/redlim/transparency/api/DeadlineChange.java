package cl.redlim.transparency.api;

import java.time.Instant;
import java.time.LocalDate;

/** One move of a request's deadline, as the public read model shows it: an extension or a recomputation. */
public record DeadlineChange(LocalDate from, LocalDate to, String reason, Instant at) {
}
