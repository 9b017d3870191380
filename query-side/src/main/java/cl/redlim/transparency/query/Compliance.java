package cl.redlim.transparency.query;

import cl.redlim.transparency.api.AccessRequestComplianceView;
import cl.redlim.transparency.api.AccessRequestStatus;
import cl.redlim.transparency.api.AccessRequestView;
import cl.redlim.transparency.api.AmparoOutcome;
import cl.redlim.transparency.api.AnswerOutcome;
import cl.redlim.transparency.api.Art21Ground;
import cl.redlim.transparency.api.WithheldPart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Folds one municipality's requests into its compliance figures. */
final class Compliance {

    private final String commune;
    private final LocalDate asOf;
    private int received;
    private int open;
    private int overdue;
    private int answered;
    private int onTime;
    private int extensions;
    private int transferred;
    private int amparos;
    private final List<Integer> days = new ArrayList<>();
    private final Map<AnswerOutcome, Integer> outcomes = new EnumMap<>(AnswerOutcome.class);
    private final Map<Art21Ground, Integer> grounds = new EnumMap<>(Art21Ground.class);
    private final Map<AmparoOutcome, Integer> amparoOutcomes = new EnumMap<>(AmparoOutcome.class);

    Compliance(String commune, LocalDate asOf) {
        this.commune = commune;
        this.asOf = asOf;
    }

    void add(AccessRequestView r) {
        received++;
        if (r.extended()) {
            extensions++;
        }
        if (r.status() == AccessRequestStatus.RECEIVED) {
            open++;
            if (r.overdue()) {
                overdue++;
            }
        } else if (r.status() == AccessRequestStatus.TRANSFERRED) {
            transferred++;
        } else {
            answered++;
            if (Boolean.TRUE.equals(r.answeredOnTime())) {
                onTime++;
            }
            if (r.businessDaysToAnswer() != null) {
                days.add(r.businessDaysToAnswer());
            }
            outcomes.merge(r.outcome(), 1, Integer::sum);
            r.denialGrounds().forEach(g -> grounds.merge(g, 1, Integer::sum));
            r.withheldParts().stream().map(WithheldPart::ground).distinct().forEach(g -> grounds.merge(g, 1, Integer::sum));
        }
        if (r.amparo() != null) {
            amparos++;
            if (r.amparo().outcome() != null) {
                amparoOutcomes.merge(r.amparo().outcome(), 1, Integer::sum);
            }
        }
    }

    AccessRequestComplianceView view() {
        return new AccessRequestComplianceView(commune, asOf, received, open, overdue, answered, onTime,
                answered == 0 ? null : Math.round(1000.0 * onTime / answered) / 10.0, median(days), extensions,
                transferred, outcomes, grounds, amparos, amparoOutcomes);
    }

    static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
