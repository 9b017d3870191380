package cl.redlim.fund.api;

import java.util.List;

/**
 * How long the fund takes: days from submission to decision (admissibility refusal, award or rejection) and from
 * award to first disbursement, by call and by region.
 */
public record CycleTimesView(List<Row> byCall, List<Row> byRegion) {

    /**
     * @param decided               applications with a decision
     * @param medianDaysToDecision  null when nothing is decided yet
     */
    public record Row(String key, String label, int decided, Double medianDaysToDecision, Double meanDaysToDecision,
                      int disbursed, Double medianDaysAwardToFirstDisbursement,
                      Double meanDaysAwardToFirstDisbursement) {
    }
}
