package cl.redlim.fund.query;

import cl.redlim.fund.api.CriterionScore;
import cl.redlim.fund.api.FundApplicationStatus;
import cl.redlim.fund.api.FundApplicationSummaryView;
import cl.redlim.fund.api.FundApplicationView;
import cl.redlim.fund.api.FundApplicationView.EvaluationView;
import cl.redlim.fund.api.FundApplicationView.TrancheView;
import cl.redlim.readmodel.SequencedDocuments;
import org.bson.Document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static cl.redlim.readmodel.DocValues.instant;
import static cl.redlim.readmodel.DocValues.longOrNull;
import static cl.redlim.readmodel.DocValues.longValue;

/** Reads application documents into the public views. */
final class FundApplicationDocuments {

    private FundApplicationDocuments() {
    }

    static FundApplicationSummaryView toSummary(Document d) {
        return new FundApplicationSummaryView(d.getString("_id"), d.getString("callId"), d.getString("commune"),
                d.getString("communeName"), d.getString("regionCode"), d.getString("regionName"),
                d.getInteger("group"), d.getString("title"), FundApplicationStatus.valueOf(d.getString("status")),
                longValue(d, "requestedAmount"), longOrNull(d, "awardedAmount"), longValue(d, "disbursedAmount"),
                finalScore(d), instant(d, "submittedAt"));
    }

    static FundApplicationView toView(Document d) {
        List<EvaluationView> evaluations = d.getList("evaluations", Document.class).stream()
                .map(e -> new EvaluationView(e.getString("evaluatorId"),
                        e.getList("scores", Document.class).stream()
                                .map(s -> new CriterionScore(s.getString("criterionId"), s.getInteger("score")))
                                .toList(),
                        new BigDecimal(e.getString("weightedScore")), instant(e, "evaluatedAt")))
                .toList();
        List<TrancheView> tranches = d.getList("tranches", Document.class).stream()
                .map(t -> new TrancheView(t.getInteger("tranche"), longValue(t, "amount"), instant(t, "paidAt"),
                        t.getString("reportStatus"), t.getString("reportSummary"), longOrNull(t, "amountAccounted"),
                        t.getString("observations")))
                .toList();
        return new FundApplicationView(d.getString("_id"), d.getString("callId"), d.getString("callTitle"),
                d.getString("commune"), d.getString("communeName"), d.getString("regionCode"),
                d.getString("regionName"), d.getInteger("group"), d.getString("title"), d.getString("description"),
                longValue(d, "requestedAmount"), d.getInteger("beneficiaries", 0),
                FundApplicationStatus.valueOf(d.getString("status")), d.getList("admissibilityReasons", String.class),
                evaluations, finalScore(d), longOrNull(d, "awardedAmount"), d.getString("rejectionReason"),
                d.getString("agreementReference"), tranches, longValue(d, "disbursedAmount"),
                instant(d, "draftedAt"), instant(d, "submittedAt"), instant(d, "decidedAt"), instant(d, "awardedAt"),
                instant(d, "agreementSignedAt"), instant(d, "closedAt"), longValue(d, SequencedDocuments.VERSION));
    }

    /** The decided score once there is one, else the running mean of the evaluations so far. */
    static BigDecimal finalScore(Document d) {
        String decided = d.getString("finalScore");
        if (decided != null) {
            return new BigDecimal(decided);
        }
        List<Document> evaluations = d.getList("evaluations", Document.class);
        if (evaluations == null || evaluations.isEmpty()) {
            return null;
        }
        BigDecimal sum = evaluations.stream().map(e -> new BigDecimal(e.getString("weightedScore")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(evaluations.size()), 2, RoundingMode.HALF_UP);
    }
}
