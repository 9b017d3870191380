package cl.redlim.fund.query;

import cl.redlim.fund.api.CycleTimesView;
import cl.redlim.fund.api.FindFundCycleTimesQuery;
import cl.redlim.fund.api.FindGrantsQuery;
import cl.redlim.fund.api.GrantListView;
import cl.redlim.fund.api.GrantRecordView;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static cl.redlim.readmodel.DocValues.instant;
import static cl.redlim.readmodel.DocValues.longValue;

/** Grant records (360Giving) and cycle times, read from the applications read model. */
@Component
class FundApplicationQueries {

    static final ZoneId CHILE = ZoneId.of("America/Santiago");

    private final MongoCollection<Document> applications;
    private final FundingOrganisation funder;

    FundApplicationQueries(MongoDatabase readModelDatabase, FundingOrganisation funder) {
        this.applications = readModelDatabase.getCollection(FundApplicationProjection.COLLECTION);
        this.funder = funder;
    }

    @QueryHandler
    GrantListView handle(FindGrantsQuery query) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.exists("awardedAmount"), Filters.ne("awardedAmount", null)));
        if (query.callId() != null) {
            filters.add(Filters.eq("callId", query.callId()));
        }
        List<GrantRecordView> grants = new ArrayList<>();
        applications.find(Filters.and(filters)).sort(Sorts.ascending("awardedAt", "_id")).forEach(d -> grants.add(
                new GrantRecordView(funder.grantIdPrefix() + "-" + d.getString("_id"), d.getString("title"),
                        d.getString("description"), "CLP", longValue(d, "requestedAmount"),
                        longValue(d, "awardedAmount"), longValue(d, "disbursedAmount"),
                        instant(d, "awardedAt").atZone(CHILE).toLocalDate(),
                        "CL-CUT-" + d.getString("commune"), "Municipalidad de " + d.getString("communeName"),
                        funder.id(), funder.name(), d.getString("callId"), d.getString("callTitle"),
                        d.getString("commune"), d.getString("communeName"), d.getString("regionName"),
                        d.getString("status"))));
        return new GrantListView(grants);
    }

    @QueryHandler
    CycleTimesView handle(FindFundCycleTimesQuery query) {
        Map<String, Accumulator> byCall = new TreeMap<>();
        Map<String, Accumulator> byRegion = new TreeMap<>();
        Bson filter = query.callId() == null ? new Document() : Filters.eq("callId", query.callId());
        applications.find(filter).forEach(d -> {
            Instant submitted = instant(d, "submittedAt");
            if (submitted == null) {
                return;
            }
            Double toDecision = days(submitted, instant(d, "decidedAt"));
            Double toMoney = days(instant(d, "awardedAt"), instant(d, "firstDisbursementAt"));
            byCall.computeIfAbsent(d.getString("callId"), k -> new Accumulator(d.getString("callTitle")))
                    .add(toDecision, toMoney);
            byRegion.computeIfAbsent(d.getString("regionCode"), k -> new Accumulator(d.getString("regionName")))
                    .add(toDecision, toMoney);
        });
        return new CycleTimesView(rows(byCall), rows(byRegion));
    }

    private static List<CycleTimesView.Row> rows(Map<String, Accumulator> groups) {
        return groups.entrySet().stream().map(e -> e.getValue().row(e.getKey())).toList();
    }

    private static Double days(Instant from, Instant to) {
        if (from == null || to == null) {
            return null;
        }
        return Duration.between(from, to).toMinutes() / (60.0 * 24);
    }

    private static final class Accumulator {
        private final String label;
        private final List<Double> toDecision = new ArrayList<>();
        private final List<Double> toMoney = new ArrayList<>();

        Accumulator(String label) {
            this.label = label;
        }

        void add(Double decision, Double money) {
            if (decision != null) {
                toDecision.add(decision);
            }
            if (money != null) {
                toMoney.add(money);
            }
        }

        CycleTimesView.Row row(String key) {
            return new CycleTimesView.Row(key, label, toDecision.size(), median(toDecision), mean(toDecision),
                    toMoney.size(), median(toMoney), mean(toMoney));
        }
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.round(m * 10) / 10.0;
    }

    static Double mean(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double m = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return Math.round(m * 10) / 10.0;
    }
}
