package cl.redlim.transparency.command;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.transparency.api.HolidayRegisteredEvent;
import cl.redlim.transparency.api.RegisterHolidayCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Chile's holiday calendar: the shipped list ({@link OfficialHolidays}) plus the holidays administrators register as
 * laws declare them. Each registration is an event; open requests then recompute their deadlines.
 */
@Aggregate(commandTargetResolver = "metaDataVersionTargetResolver")
class HolidayCalendar {

    @AggregateIdentifier
    private String calendarId;
    private BusinessCalendar calendar = OfficialHolidays.calendar();

    protected HolidayCalendar() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterHolidayCommand command) {
        if (!RegisterHolidayCommand.CHILE.equals(command.calendarId())) {
            throw new DomainException(ErrorCode.NOT_FOUND, "The only calendar is " + RegisterHolidayCommand.CHILE);
        }
        LocalDate date = Rules.present(command.date(), "The holiday's date");
        Rules.text(command.name(), "The holiday's name");
        Rules.text(command.legalSource(), "The holiday's legal source (the law or decree that declares it)");
        Rules.present(command.registeredAt(), "The registration instant");
        if (calendar.isHoliday(date)) {
            throw new DomainException(ErrorCode.HOLIDAY_ALREADY_REGISTERED,
                    date + " is a holiday already: " + calendar.holidayName(date));
        }
        apply(new HolidayRegisteredEvent(command.calendarId(), date, command.name().strip(),
                command.legalSource().strip(), command.registeredAt(), calendar.version() + 1));
    }

    @EventSourcingHandler
    void on(HolidayRegisteredEvent event) {
        calendarId = event.calendarId();
        calendar = calendar.with(event.date(), event.name());
    }

    BusinessCalendar calendar() {
        return calendar;
    }
}
