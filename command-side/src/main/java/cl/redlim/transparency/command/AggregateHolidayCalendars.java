package cl.redlim.transparency.command;

import cl.redlim.transparency.api.RegisterHolidayCommand;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Answers from the holiday calendar aggregate itself, inside the caller's unit of work: never from a read model. */
@Component
class AggregateHolidayCalendars implements HolidayCalendars {

    private final Repository<HolidayCalendar> calendars;

    AggregateHolidayCalendars(@Qualifier("holidayCalendarRepository") Repository<HolidayCalendar> calendars) {
        this.calendars = calendars;
    }

    @Override
    public BusinessCalendar current() {
        try {
            return calendars.load(RegisterHolidayCommand.CHILE).invoke(HolidayCalendar::calendar);
        } catch (AggregateNotFoundException e) {
            return OfficialHolidays.calendar();
        }
    }
}
