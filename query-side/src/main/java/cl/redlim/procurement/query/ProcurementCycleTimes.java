package cl.redlim.procurement.query;

import cl.redlim.procurement.api.FindProcurementCycleTimesQuery;
import cl.redlim.procurement.api.ProcurementCycleTimesView;
import cl.redlim.procurement.api.ProcurementCycleTimesView.Row;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.TenderType;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static cl.redlim.readmodel.DocValues.instant;

/**
 * Days from publication to the first award, as the fund's cycle times are computed: durations in days from
 * minutes, median and mean to one decimal, and here also the 90th percentile (nearest rank). Percentiles are not
 * in the embedded store's aggregation subset, so the durations are read and summarised here.
 */
@Component
class ProcurementCycleTimes {

    private final MongoCollection<Document> processes;

    ProcurementCycleTimes(MongoDatabase readModelDatabase) {
        this.processes = readModelDatabase.getCollection(ProcurementProjection.COLLECTION);
    }

    @QueryHandler
    ProcurementCycleTimesView handle(FindProcurementCycleTimesQuery query) {
        Sample overall = new Sample("all", "Every published process");
        Map<String, Sample> byType = new TreeMap<>(Comparator.comparingInt(ProcurementCycleTimes::typeOrder));
        Map<String, Sample> byRegion = new TreeMap<>();
        processes.find(Filters.and(StatsFilters.match(query.filter(), "awardedAt", true),
                        Filters.ne("publishedAt", null)))
                .projection(Projections.include("typeKey", "regionCode", "regionName", "publishedAt", "awardedAt"))
                .forEach(d -> {
                    double days = days(instant(d, "publishedAt"), instant(d, "awardedAt"));
                    overall.add(days);
                    String type = d.getString("typeKey");
                    if (type != null) {
                        byType.computeIfAbsent(type, k -> new Sample(k, typeLabel(k))).add(days);
                    }
                    byRegion.computeIfAbsent(d.getString("regionCode"),
                            k -> new Sample(k, d.getString("regionName"))).add(days);
                });
        return new ProcurementCycleTimesView(overall.row(),
                byType.values().stream().map(Sample::row).toList(),
                byRegion.values().stream().map(Sample::row).toList());
    }

    static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes() / (60.0 * 24);
    }

    /** Tender types in band order, then Compra Ágil. */
    private static int typeOrder(String typeKey) {
        return ProcurementMethod.COMPRA_AGIL.name().equals(typeKey) ? TenderType.values().length
                : TenderType.valueOf(typeKey).ordinal();
    }

    static String typeLabel(String typeKey) {
        if (ProcurementMethod.COMPRA_AGIL.name().equals(typeKey)) {
            return "Compra Ágil (up to " + TenderType.COMPRA_AGIL_MAX_UTM + " UTM)";
        }
        TenderType type = TenderType.valueOf(typeKey);
        String band = type == TenderType.L1 ? String.format(Locale.ROOT, "under %,d UTM", type.belowUtm())
                : type.belowUtm() == Long.MAX_VALUE ? String.format(Locale.ROOT, "%,d UTM or more", type.fromUtm())
                : String.format(Locale.ROOT, "%,d to under %,d UTM", type.fromUtm(), type.belowUtm());
        return "Public tender " + type + " (" + band + ")";
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return round(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }

    static Double mean(List<Double> values) {
        return values.isEmpty() ? null
                : round(values.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p} percent of values at or below it. */
    static Double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return round(sorted.get(Math.max(rank, 1) - 1));
    }

    private static Double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static final class Sample {
        private final String key;
        private final String label;
        private final List<Double> days = new ArrayList<>();

        Sample(String key, String label) {
            this.key = key;
            this.label = label;
        }

        void add(double value) {
            days.add(value);
        }

        Row row() {
            List<Double> sorted = days.stream().sorted().toList();
            return new Row(key, label, sorted.size(), median(sorted), mean(sorted), percentile(sorted, 90));
        }
    }
}
