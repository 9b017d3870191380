package cl.redlim.transparency.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** An administrator registers a holiday a law declared after the calendar RedLIM ships was written. */
public record RegisterHolidayCommand(@TargetAggregateIdentifier String calendarId, LocalDate date, String name,
                                     String legalSource, Instant registeredAt) {
    /** The one calendar: Chile's national holidays. */
    public static final String CHILE = "CL";
}
