package cl.redlim.certification.query;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalDate;

/**
 * The promise the public progress is measured against, {@code redlim.certification.*}: {@code target} officials
 * certified within {@code window-years} years from {@code window-start}. Read at query time, so a change applies at
 * once, with no replay.
 */
@ConfigurationProperties("redlim.certification")
record CertificationProgressSettings(@DefaultValue("5000") int target, @DefaultValue("2026-01-01") LocalDate windowStart,
                                     @DefaultValue("4") int windowYears) {

    CertificationProgressSettings {
        if (target < 1) {
            throw new IllegalArgumentException("redlim.certification.target must be 1 or more");
        }
        if (windowYears < 1) {
            throw new IllegalArgumentException("redlim.certification.window-years must be 1 or more");
        }
    }

    /** The last day of the window. */
    LocalDate windowEnd() {
        return windowStart.plusYears(windowYears).minusDays(1);
    }
}
