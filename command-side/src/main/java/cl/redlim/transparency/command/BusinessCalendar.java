package cl.redlim.transparency.command;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Chilean business days (días hábiles administrativos, Ley 19.880 art. 25): Monday to Friday except holidays.
 * Immutable: the holidays it was built with, and the version of the administrators' registrations it includes.
 */
final class BusinessCalendar {

    private final NavigableMap<LocalDate, String> holidays;
    private final long version;

    BusinessCalendar(Map<LocalDate, String> holidays, long version) {
        this.holidays = new TreeMap<>(holidays);
        this.version = version;
    }

    long version() {
        return version;
    }

    boolean isHoliday(LocalDate date) {
        return holidays.containsKey(date);
    }

    String holidayName(LocalDate date) {
        return holidays.get(date);
    }

    boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.containsKey(date);
    }

    /**
     * The {@code n}th business day after {@code from}: counting starts on the day after (Ley 19.880 art. 25), so a
     * request received on a holiday or a weekend starts counting on the next business day all the same.
     */
    LocalDate plusBusinessDays(LocalDate from, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Counts at least one business day");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Business days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    int businessDaysBetween(LocalDate from, LocalDate to) {
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return counted;
    }

    BusinessCalendar with(LocalDate date, String name) {
        Map<LocalDate, String> more = new TreeMap<>(holidays);
        more.put(date, name);
        return new BusinessCalendar(more, version + 1);
    }
}
