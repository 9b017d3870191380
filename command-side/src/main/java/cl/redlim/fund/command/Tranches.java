package cl.redlim.fund.command;

import cl.redlim.kernel.Clp;

import java.util.ArrayList;
import java.util.List;

/**
 * The disbursement tranches paid to an awarded application and the state of each one's report (rendición).
 * Immutable: each change returns a new value.
 */
record Tranches(List<Tranche> paid) {

    enum ReportState { PENDING, SUBMITTED, OBSERVED, ACCEPTED }

    record Tranche(int number, Clp amount, ReportState report) {
    }

    static Tranches none() {
        return new Tranches(List.of());
    }

    int nextNumber() {
        return paid.size() + 1;
    }

    Clp total() {
        return paid.stream().map(Tranche::amount).reduce(Clp.ZERO, Clp::plus);
    }

    boolean lastReportAccepted() {
        return paid.isEmpty() || paid.get(paid.size() - 1).report() == ReportState.ACCEPTED;
    }

    boolean allReportsAccepted() {
        return !paid.isEmpty() && paid.stream().allMatch(t -> t.report() == ReportState.ACCEPTED);
    }

    ReportState reportOf(int number) {
        return number >= 1 && number <= paid.size() ? paid.get(number - 1).report() : null;
    }

    Tranches withPaid(int number, Clp amount) {
        List<Tranche> next = new ArrayList<>(paid);
        next.add(new Tranche(number, amount, ReportState.PENDING));
        return new Tranches(List.copyOf(next));
    }

    Tranches withReport(int number, ReportState state) {
        List<Tranche> next = new ArrayList<>(paid);
        Tranche t = next.get(number - 1);
        next.set(number - 1, new Tranche(t.number(), t.amount(), state));
        return new Tranches(List.copyOf(next));
    }
}
