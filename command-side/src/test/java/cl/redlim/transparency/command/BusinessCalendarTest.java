package cl.redlim.transparency.command;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines over the real calendar RedLIM ships. Each expected date is worked out by hand in the comment: day 1 is
 * the first business day after the receipt date (Ley 19.880 art. 25), weekends and holidays are skipped.
 */
class BusinessCalendarTest {

    private final BusinessCalendar calendar = OfficialHolidays.calendar();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class AnswerDeadlines {

        @Test
        void receivedOnTheFridayBeforeTheEncuentroDeDosMundosLongWeekend2026() {
            // Fri 9 Oct 2026; Sat 10, Sun 11, Mon 12 (Encuentro de Dos Mundos, Ley 19.668: 12 Oct is a Monday).
            // Day 1 = Tue 13. 13-16 → 4; 19-23 → 9; 26-30 → 14 (Sat 31 Oct, Iglesias Evangélicas, and Sun 1 Nov
            // are weekend days anyway); 2-6 Nov → 19; Mon 9 Nov → 20.
            assertThat(calendar.plusBusinessDays(d("2026-10-09"), 20)).isEqualTo(d("2026-11-09"));
        }

        @Test
        void receivedOn17September2025() {
            // Wed 17 Sep 2025. Thu 18 and Fri 19 are holidays (no 20 Sep holiday: Ley 20.215 only adds it when
            // 18-19 fall on Wed-Thu), then the weekend. Day 1 = Mon 22. 22-26 → 5; 29 Sep-3 Oct → 10;
            // 6-10 → 15; 13-17 → 20 (Sun 12 Oct, not moved, changes nothing).
            assertThat(calendar.plusBusinessDays(d("2025-09-17"), 20)).isEqualTo(d("2025-10-17"));
        }

        @Test
        void receivedOn17September2026() {
            // Thu 17 Sep 2026. Fri 18 holiday, Sat 19 (Glorias del Ejército) and Sun 20. Day 1 = Mon 21.
            // 21-25 → 5; 28 Sep-2 Oct → 10; 5-9 → 15; Mon 12 Oct is a holiday; 13-16 → 19; Mon 19 Oct → 20.
            assertThat(calendar.plusBusinessDays(d("2026-09-17"), 20)).isEqualTo(d("2026-10-19"));
        }

        @Test
        void receivedOnHolyThursday2025() {
            // Thu 17 Apr 2025; Easter Sunday is 20 Apr, so Fri 18 (Viernes Santo) and Sat 19 are holidays.
            // Day 1 = Mon 21. 21-25 → 5; 28-30 → 8; Thu 1 May holiday; Fri 2 → 9; 5-9 → 14; 12-16 → 19;
            // Mon 19 May → 20 (Wed 21 May, Glorias Navales, comes after).
            assertThat(calendar.plusBusinessDays(d("2025-04-17"), 20)).isEqualTo(d("2025-05-19"));
        }

        @Test
        void receivedTheWednesdayBeforeEaster2026() {
            // Wed 1 Apr 2026; Easter Sunday is 5 Apr: Fri 3 and Sat 4 are holidays. Day 1 = Thu 2.
            // 6-10 → 6; 13-17 → 11; 20-24 → 16; 27, 28, 29, 30 → 20 (Fri 1 May, a holiday, comes after).
            assertThat(calendar.plusBusinessDays(d("2026-04-01"), 20)).isEqualTo(d("2026-04-30"));
        }

        @Test
        void receivedBeforeChristmasAcrossNewYear() {
            // Tue 23 Dec 2025. Day 1 = Wed 24; Thu 25 holiday; Fri 26 → 2; 29, 30, 31 → 5; Thu 1 Jan 2026 holiday;
            // Fri 2 Jan → 6 (not a holiday: Ley 20.983 only adds it when 1 Jan is a Sunday); 5-9 → 11;
            // 12-16 → 16; 19, 20, 21, 22 → 20.
            assertThat(calendar.plusBusinessDays(d("2025-12-23"), 20)).isEqualTo(d("2026-01-22"));
        }

        @Test
        void receivedTheWeekOfPueblosIndigenas2025() {
            // Mon 16 Jun 2025. Day 1 = Tue 17; 17-19 → 3; Fri 20 is the solstice holiday (Ley 21.357);
            // 23-27 → 8; Sun 29 (San Pedro y San Pablo, not moved) changes nothing; Mon 30 → 9; 1-4 Jul → 13;
            // 7-11 → 18; 14, 15 → 20 (Wed 16 Jul, Virgen del Carmen, comes after).
            assertThat(calendar.plusBusinessDays(d("2025-06-16"), 20)).isEqualTo(d("2025-07-15"));
        }

        @Test
        void receivedTheWeekOfPueblosIndigenas2026() {
            // Mon 15 Jun 2026. The solstice holiday is Sun 21 Jun: no effect. Day 1 = Tue 16; 16-19 → 4;
            // 22-26 → 9; Mon 29 Jun is San Pedro y San Pablo (already a Monday); 30 → 10; 1-3 Jul → 13;
            // 6-10 → 18; 13, 14 → 20.
            assertThat(calendar.plusBusinessDays(d("2026-06-15"), 20)).isEqualTo(d("2026-07-14"));
        }

        @Test
        void receivedOnASaturdayCountsFromMonday() {
            // Sat 3 Jan 2026. Day 1 = Mon 5; 5-9 → 5; 12-16 → 10; 19-23 → 15; 26-30 → 20.
            assertThat(calendar.plusBusinessDays(d("2026-01-03"), 20)).isEqualTo(d("2026-01-30"));
        }
    }

    @Nested
    class Extensions {

        @Test
        void tenBusinessDaysAfterTheDeadlineSkipIglesiasEvangelicas2025() {
            // Deadline Fri 17 Oct 2025. 20-24 → 5; 27-30 → 9; Fri 31 Oct (Iglesias Evangélicas, a Friday) is a
            // holiday; Sat 1 Nov (Todos los Santos) is a weekend day; Mon 3 Nov → 10.
            assertThat(calendar.plusBusinessDays(d("2025-10-17"), 10)).isEqualTo(d("2025-11-03"));
        }

        @Test
        void amparoWindowIsFifteenBusinessDays() {
            // Denial on Fri 17 Oct 2025. 20-24 → 5; 27-30 → 9; 31 Oct holiday; 3-7 Nov → 14; Mon 10 Nov → 15.
            assertThat(calendar.plusBusinessDays(d("2025-10-17"), 15)).isEqualTo(d("2025-11-10"));
        }
    }

    @Test
    void anAdministratorsHolidayMovesTheDeadline() {
        // As receivedOn17September2026 (deadline Mon 19 Oct), but a law declares Fri 16 Oct 2026 a holiday:
        // 13, 14, 15 → 18; 16 is now a holiday; Mon 19 → 19; Tue 20 → 20.
        BusinessCalendar withLaw = calendar.with(d("2026-10-16"), "Feriado de prueba");
        assertThat(withLaw.version()).isEqualTo(1);
        assertThat(withLaw.plusBusinessDays(d("2026-09-17"), 20)).isEqualTo(d("2026-10-20"));
        assertThat(calendar.plusBusinessDays(d("2026-09-17"), 20)).isEqualTo(d("2026-10-19"));
    }

    @Test
    void businessDaysBetweenCountsAfterTheFirstDateUpToTheSecond() {
        // 17 Sep 2025 to 17 Oct 2025 is exactly the 20 business days of receivedOn17September2025.
        assertThat(calendar.businessDaysBetween(d("2025-09-17"), d("2025-10-17"))).isEqualTo(20);
        assertThat(calendar.businessDaysBetween(d("2025-09-17"), d("2025-09-17"))).isZero();
    }

    /** The shipped file against the rules that move holidays: a mistake in the data fails here. */
    @Nested
    class ShippedHolidays {

        @ParameterizedTest
        @ValueSource(ints = {2024, 2025, 2026, 2027})
        void goodFridayAndHolySaturdayFollowEaster(int year) {
            LocalDate easter = easterSunday(year);
            assertThat(calendar.isHoliday(easter.minusDays(2))).as("Viernes Santo " + year).isTrue();
            assertThat(calendar.isHoliday(easter.minusDays(1))).as("Sábado Santo " + year).isTrue();
        }

        @ParameterizedTest
        @ValueSource(ints = {2024, 2025, 2026, 2027})
        void sanPedroYSanPabloAndEncuentroDeDosMundosMoveToMondaysPerLey19668(int year) {
            for (MonthDay day : new MonthDay[]{MonthDay.of(6, 29), MonthDay.of(10, 12)}) {
                LocalDate moved = ley19668(day.atYear(year));
                assertThat(calendar.isHoliday(moved)).as(day + " of " + year + " observed on " + moved).isTrue();
                if (!moved.equals(day.atYear(year))) {
                    assertThat(calendar.isHoliday(day.atYear(year))).as(day + " of " + year + " itself").isFalse();
                }
            }
        }

        @ParameterizedTest
        @ValueSource(ints = {2024, 2025, 2026, 2027})
        void iglesiasEvangelicasPerLey20299(int year) {
            LocalDate day = LocalDate.of(year, 10, 31);
            LocalDate observed = switch (day.getDayOfWeek()) {
                case TUESDAY -> day.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
                case WEDNESDAY -> day.with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
                default -> day;
            };
            assertThat(calendar.isHoliday(observed)).isTrue();
        }

        @Test
        void fiestasPatriasExtraDays() {
            // Ley 20.215: 18-19 Sep 2024 on Wed-Thu → Fri 20 Sep 2024. Ley 20.983: 18-19 Sep 2027 on Sat-Sun →
            // Fri 17 Sep 2027. 2025 (Thu-Fri) and 2026 (Fri-Sat) add nothing.
            assertThat(calendar.isHoliday(d("2024-09-20"))).isTrue();
            assertThat(calendar.isHoliday(d("2027-09-17"))).isTrue();
            assertThat(calendar.isBusinessDay(d("2025-09-17"))).isTrue();
            assertThat(calendar.isBusinessDay(d("2026-09-17"))).isTrue();
        }

        @Test
        void pueblosIndigenasOnTheSolstice() {
            assertThat(calendar.isHoliday(d("2024-06-20"))).isTrue();
            assertThat(calendar.isHoliday(d("2025-06-20"))).isTrue();
            assertThat(calendar.isHoliday(d("2025-06-21"))).isFalse();
            assertThat(calendar.isHoliday(d("2026-06-21"))).isTrue();
            assertThat(calendar.isHoliday(d("2027-06-21"))).isTrue();
        }

        @Test
        void theOctober2024ElectionSaturdayIsABusinessDay() {
            // Ley 21.693: the two-day election of 26-27 Oct 2024 made only the Sunday a holiday.
            assertThat(calendar.isHoliday(d("2024-10-26"))).isFalse();
            assertThat(calendar.isHoliday(d("2024-10-27"))).isTrue();
        }

        @Test
        void everyYearFrom2024To2027HasItsFixedHolidaysEachWithALegalSource() {
            for (int year = 2024; year <= 2027; year++) {
                for (String md : new String[]{"01-01", "05-01", "05-21", "07-16", "08-15", "09-18", "09-19", "11-01",
                        "12-08", "12-25"}) {
                    assertThat(calendar.isHoliday(d(year + "-" + md))).as(year + "-" + md).isTrue();
                }
            }
            assertThat(OfficialHolidays.all().values())
                    .allSatisfy(h -> assertThat(h.source()).as(h.date() + " source").startsWith("Ley "));
        }

        /** Ley 19.668: Tuesday to Thursday → the Monday before; Friday → the Monday after; other days stay. */
        private static LocalDate ley19668(LocalDate day) {
            return switch (day.getDayOfWeek()) {
                case TUESDAY, WEDNESDAY, THURSDAY -> day.with(TemporalAdjusters.previous(DayOfWeek.MONDAY));
                case FRIDAY -> day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                default -> day;
            };
        }

        /** The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
        private static LocalDate easterSunday(int y) {
            int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
            int m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
            return LocalDate.of(y, month, day);
        }
    }
}
