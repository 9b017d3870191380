package cl.redlim.bench;

/**
 * One line of the results table. {@code value} in {@code unit} (e.g. cmd/s); latencies in milliseconds (NaN when not
 * measured); the ceiling in its own unit (NaN when there is none) and the ratio value / ceiling.
 */
record Row(String benchmark, String clients, double value, String unit, double p50, double p99, double p999,
           double ceiling, String ceilingUnit, long errors, String note) {

    double ratio() {
        return Double.isNaN(ceiling) || ceiling <= 0 ? Double.NaN : value / ceiling;
    }

    static Row of(String benchmark, int clients, ClosedLoop.Outcome o, String unit, double ceiling,
                  String ceilingUnit, String note) {
        return new Row(benchmark, String.valueOf(clients), o.perSecond(), unit, o.millisAt(50), o.millisAt(99),
                o.millisAt(99.9), ceiling, ceilingUnit, o.failed(), note);
    }
}
