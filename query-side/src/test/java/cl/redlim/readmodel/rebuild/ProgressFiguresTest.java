package cl.redlim.readmodel.rebuild;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressFiguresTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void rateIsOverTheWholeRunAndTheTimeLeftFollowsFromIt() {
        ProgressFigures f = ProgressFigures.of(47_120, 100_000, 2 * SECOND);
        assertThat(f.eventsPerSecond()).isEqualTo(23_560.0);
        assertThat(f.etaSeconds()).isEqualTo(3); // 52,880 left at 23,560/s: 2.24 s, rounded up
        assertThat(f.percent()).isEqualTo(47);
    }

    @Test
    void noRateYetMeansNoEstimate() {
        ProgressFigures f = ProgressFigures.of(0, 100_000, 0);
        assertThat(f.eventsPerSecond()).isZero();
        assertThat(f.etaSeconds()).isNull();
        assertThat(f.percent()).isZero();
    }

    @Test
    void aTotalThatGrewPastTheStartingHeadNeverShowsMoreThanAllDone() {
        ProgressFigures f = ProgressFigures.of(120, 100, SECOND);
        assertThat(f.eventsTotal()).isEqualTo(120);
        assertThat(f.percent()).isEqualTo(100);
        assertThat(f.etaSeconds()).isZero();
    }
}
