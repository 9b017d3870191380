package cl.redlim.audit.cli;

import java.util.Locale;

/** One line of rebuild progress: {@code [=========>          ] 47%  47,120/100,000 events  31,400 ev/s  ETA 0:02}. */
final class ProgressBar {

    static final int WIDTH = 20;

    private ProgressBar() {
    }

    static String line(long done, long total, double eventsPerSecond, Long etaSeconds) {
        int percent = total <= 0 ? 100 : (int) Math.min(100, Math.max(0, done * 100 / total));
        int filled = percent * WIDTH / 100;
        String bar = filled >= WIDTH ? "=".repeat(WIDTH)
                : "=".repeat(filled) + ">" + " ".repeat(WIDTH - filled - 1);
        return String.format(Locale.US, "[%s] %3d%%  %,d/%,d events  %,.0f ev/s  ETA %s", bar, percent, done, total,
                eventsPerSecond, etaSeconds == null ? "-:--" : duration(etaSeconds));
    }

    /** m:ss, or h:mm:ss from an hour. */
    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.US, "%d:%02d:%02d", h, m, s) : String.format(Locale.US, "%d:%02d", m, s);
    }
}
