package cl.redlim.transparency.command;

import cl.redlim.transparency.api.HolidayRegisteredEvent;
import cl.redlim.transparency.api.RegisterHolidayCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static cl.redlim.kernel.ErrorCode.HOLIDAY_ALREADY_REGISTERED;
import static cl.redlim.kernel.ErrorCode.VALIDATION_FAILED;
import static cl.redlim.testsupport.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

class HolidayCalendarTest {

    static final Instant AT = Instant.parse("2026-08-01T12:00:00Z");
    static final LocalDate DAY = LocalDate.parse("2026-10-16");

    private FixtureConfiguration<HolidayCalendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HolidayCalendar.class);
    }

    static RegisterHolidayCommand register(LocalDate date) {
        return new RegisterHolidayCommand(RegisterHolidayCommand.CHILE, date, "Feriado de prueba", "Ley 99.999", AT);
    }

    @Test
    void givenNoRegistration_whenRegister_thenRegisteredAsVersion1() {
        fixture.givenNoPriorActivity().when(register(DAY)).expectEvents(new HolidayRegisteredEvent(
                RegisterHolidayCommand.CHILE, DAY, "Feriado de prueba", "Ley 99.999", AT, 1));
    }

    @Test
    void givenOne_whenRegisterAnother_thenVersion2AndBothCount() {
        fixture.given(new HolidayRegisteredEvent(RegisterHolidayCommand.CHILE, DAY, "x", "Ley 1", AT, 1))
                .when(register(LocalDate.parse("2026-10-15")))
                .expectEvents(new HolidayRegisteredEvent(RegisterHolidayCommand.CHILE, LocalDate.parse("2026-10-15"),
                        "Feriado de prueba", "Ley 99.999", AT, 2))
                .expectState(c -> {
                    assertThat(c.calendar().isHoliday(DAY)).isTrue();
                    assertThat(c.calendar().version()).isEqualTo(2);
                });
    }

    @Test
    void whenRegisterAShippedHoliday_thenRefused() {
        refusedWith(fixture.givenNoPriorActivity().when(register(LocalDate.parse("2026-09-18"))),
                HOLIDAY_ALREADY_REGISTERED);
    }

    @Test
    void givenRegistered_whenRegisterTheSameDate_thenRefused() {
        refusedWith(fixture.given(new HolidayRegisteredEvent(RegisterHolidayCommand.CHILE, DAY, "x", "Ley 1", AT, 1))
                .when(register(DAY)), HOLIDAY_ALREADY_REGISTERED);
    }

    @Test
    void whenRegisterWithoutLegalSource_thenRefused() {
        refusedWith(fixture.givenNoPriorActivity().when(new RegisterHolidayCommand(RegisterHolidayCommand.CHILE, DAY,
                "Feriado", " ", AT)), VALIDATION_FAILED);
    }
}
