package cl.redlim.transparency.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The holidays RedLIM ships, each with its legal source: {@code transparency/holidays-cl.csv}. */
final class OfficialHolidays {

    static final String RESOURCE = "transparency/holidays-cl.csv";

    record Holiday(LocalDate date, String name, String source) {
    }

    private static final Map<LocalDate, Holiday> ALL = load();

    private OfficialHolidays() {
    }

    static Map<LocalDate, Holiday> all() {
        return ALL;
    }

    /** The shipped calendar alone, before any administrator's registration. */
    static BusinessCalendar calendar() {
        Map<LocalDate, String> names = new LinkedHashMap<>();
        ALL.forEach((date, h) -> names.put(date, h.name()));
        return new BusinessCalendar(names, 0);
    }

    private static Map<LocalDate, Holiday> load() {
        try (InputStream in = OfficialHolidays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            Map<LocalDate, Holiday> holidays = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("date,")) {
                    continue;
                }
                String[] f = line.strip().split(",", 3);
                if (f.length != 3 || f[2].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": every holiday needs a date, a name and a source: " + line);
                }
                LocalDate date = LocalDate.parse(f[0]);
                if (holidays.put(date, new Holiday(date, f[1], f[2])) != null) {
                    throw new IllegalStateException(RESOURCE + ": " + date + " is listed twice");
                }
            }
            return Collections.unmodifiableMap(holidays);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
