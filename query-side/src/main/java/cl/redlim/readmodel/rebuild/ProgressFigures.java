package cl.redlim.readmodel.rebuild;

/**
 * A rebuild's progress in numbers: events done of the total, the rate over the whole run, and the time left at that
 * rate (null until there is a rate to speak of).
 */
record ProgressFigures(long eventsDone, long eventsTotal, double eventsPerSecond, Long etaSeconds) {

    static ProgressFigures of(long done, long total, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds <= 0 ? 0 : done / seconds;
        long left = Math.max(0, total - done);
        Long eta;
        if (rate > 0) {
            eta = (long) Math.ceil(left / rate);
        } else {
            eta = left == 0 ? 0L : null;
        }
        return new ProgressFigures(done, Math.max(total, done), Math.round(rate * 10) / 10.0, eta);
    }

    /** Done as a share of the total, 0 to 100. */
    int percent() {
        return eventsTotal <= 0 ? 100 : (int) Math.min(100, eventsDone * 100 / eventsTotal);
    }
}
