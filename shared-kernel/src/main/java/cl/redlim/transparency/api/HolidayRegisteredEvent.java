package cl.redlim.transparency.api;

import java.time.Instant;
import java.time.LocalDate;

/** @param calendarVersion how many holidays administrators have registered, this one included */
public record HolidayRegisteredEvent(String calendarId, LocalDate date, String name, String legalSource,
                                     Instant registeredAt, long calendarVersion) {
}
