package cl.redlim.audit.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTest {

    @Test
    void drawsTheBarCountsRateAndTimeLeft() {
        assertThat(ProgressBar.line(47_120, 100_000, 31_400, 2L))
                .isEqualTo("[=========>          ]  47%  47,120/100,000 events  31,400 ev/s  ETA 0:02");
    }

    @Test
    void emptyFullAndUnknownTimeLeft() {
        assertThat(ProgressBar.line(0, 100, 0, null)).startsWith("[>                   ]   0%").endsWith("ETA -:--");
        assertThat(ProgressBar.line(100, 100, 5, 0L)).startsWith("[====================] 100%");
    }

    @Test
    void longTimesShowHours() {
        assertThat(ProgressBar.duration(59)).isEqualTo("0:59");
        assertThat(ProgressBar.duration(3_725)).isEqualTo("1:02:05");
    }
}
