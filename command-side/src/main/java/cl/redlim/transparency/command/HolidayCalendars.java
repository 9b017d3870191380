package cl.redlim.transparency.command;

/** The calendar in force: the shipped holidays plus those administrators registered. A port, so tests fix it. */
interface HolidayCalendars {

    BusinessCalendar current();
}
