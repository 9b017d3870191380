package cl.redlim.procurement.query;

import cl.redlim.procurement.api.DirectAwardGround;
import cl.redlim.procurement.api.DirectAwardShareView;
import cl.redlim.procurement.api.DirectAwardShareView.GroundRow;
import cl.redlim.procurement.api.DirectAwardShareView.MunicipalityShare;
import cl.redlim.procurement.api.DirectAwardShareView.Share;
import cl.redlim.procurement.api.FindDirectAwardShareQuery;
import cl.redlim.procurement.api.FindProcurementAwardedTotalsQuery;
import cl.redlim.procurement.api.FindProcurementStatsByMethodQuery;
import cl.redlim.procurement.api.FindProcurementStatsByMunicipalityQuery;
import cl.redlim.procurement.api.FindProcurementStatsByStatusQuery;
import cl.redlim.procurement.api.FindProcurementStatsBySupplierQuery;
import cl.redlim.procurement.api.ProcurementAwardedTotalsView;
import cl.redlim.procurement.api.ProcurementAwardedTotalsView.MunicipalityTotal;
import cl.redlim.procurement.api.ProcurementAwardedTotalsView.SupplierTotal;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.ProcurementMethodStatsView;
import cl.redlim.procurement.api.ProcurementMunicipalityStatsView;
import cl.redlim.procurement.api.ProcurementStatus;
import cl.redlim.procurement.api.ProcurementStatusStatsView;
import cl.redlim.procurement.api.ProcurementSupplierStatsView;
import cl.redlim.procurement.api.TenderType;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BsonField;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static cl.redlim.readmodel.DocValues.longValue;

/**
 * Counts and amounts over the process documents, as MongoDB aggregation pipelines that use only the stages and
 * operators the embedded store supports too ({@code $match}, {@code $unwind}, {@code $group} with {@code $sum},
 * {@code $first}, {@code $addToSet} and {@code $cond}, {@code $sort}). Ordering and paging of merged results, and
 * shares, are done here. Counts describe processes planned in the interval; award statistics describe awards made
 * in it.
 */
@Component
class ProcurementStatistics {

    private final MongoCollection<Document> processes;

    ProcurementStatistics(MongoDatabase readModelDatabase) {
        this.processes = readModelDatabase.getCollection(ProcurementProjection.COLLECTION);
    }

    @QueryHandler
    ProcurementMunicipalityStatsView handle(FindProcurementStatsByMunicipalityQuery query) {
        List<ProcurementMunicipalityStatsView.Row> rows = new ArrayList<>();
        processes.aggregate(List.of(
                Aggregates.match(StatsFilters.match(query.filter(), "plannedAt", false)),
                Aggregates.group("$buyer", withPlace(processTotals(
                        Accumulators.sum("contractedAmount", "$contractedAmount"),
                        Accumulators.sum("paidAmount", "$paidAmount")))),
                Aggregates.sort(Sorts.ascending("_id")))).forEach(d -> rows.add(
                new ProcurementMunicipalityStatsView.Row(d.getString("_id"), d.getString("communeName"),
                        d.getString("regionCode"), d.getString("regionName"), longValue(d, "processes"),
                        longValue(d, "estimatedAmount"), longValue(d, "awardedProcesses"),
                        longValue(d, "awardedAmount"), longValue(d, "contractedAmount"),
                        longValue(d, "paidAmount"))));
        return new ProcurementMunicipalityStatsView(rows);
    }

    @QueryHandler
    ProcurementMethodStatsView handle(FindProcurementStatsByMethodQuery query) {
        List<ProcurementMethodStatsView.Row> rows = new ArrayList<>();
        processes.aggregate(List.of(
                Aggregates.match(StatsFilters.match(query.filter(), "plannedAt", false)),
                Aggregates.group(new Document("method", "$method").append("tenderType", "$tenderType"),
                        processTotals()))).forEach(d -> {
            Document key = d.get("_id", Document.class);
            String type = key.getString("tenderType");
            rows.add(new ProcurementMethodStatsView.Row(ProcurementMethod.valueOf(key.getString("method")),
                    type == null ? null : TenderType.valueOf(type), longValue(d, "processes"),
                    longValue(d, "estimatedAmount"), longValue(d, "awardedProcesses"), longValue(d, "awardedAmount")));
        });
        rows.sort(Comparator.comparing(ProcurementMethodStatsView.Row::method)
                .thenComparing(ProcurementMethodStatsView.Row::tenderType,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        return new ProcurementMethodStatsView(rows);
    }

    @QueryHandler
    ProcurementStatusStatsView handle(FindProcurementStatsByStatusQuery query) {
        List<ProcurementStatusStatsView.Row> rows = new ArrayList<>();
        processes.aggregate(List.of(
                Aggregates.match(StatsFilters.match(query.filter(), "plannedAt", false)),
                Aggregates.group("$status", processTotals()))).forEach(d -> rows.add(
                new ProcurementStatusStatsView.Row(ProcurementStatus.valueOf(d.getString("_id")),
                        longValue(d, "processes"), longValue(d, "estimatedAmount"), longValue(d, "awardedAmount"))));
        rows.sort(Comparator.comparing(ProcurementStatusStatsView.Row::status));
        return new ProcurementStatusStatsView(rows);
    }

    /** Opened bids and awards per supplier; a supplier's sealed bids are not in the documents, so never counted. */
    @QueryHandler
    ProcurementSupplierStatsView handle(FindProcurementStatsBySupplierQuery query) {
        Bson match = Aggregates.match(StatsFilters.match(query.filter(), "plannedAt", false));
        Map<String, SupplierTally> tallies = new TreeMap<>();
        processes.aggregate(List.of(match, Aggregates.unwind("$awards"), Aggregates.group("$awards.supplier",
                        Accumulators.sum("count", 1), Accumulators.sum("amount", "$awards.amount"),
                        Accumulators.first("name", "$awards.supplierName"), Accumulators.addToSet("processes", "$_id"),
                        Accumulators.addToSet("buyers", "$buyer"))))
                .forEach(d -> tallies.computeIfAbsent(d.getString("_id"), SupplierTally::new).awards(d));
        processes.aggregate(List.of(match, Aggregates.unwind("$bids"), Aggregates.group("$bids.supplier",
                        Accumulators.sum("count", 1), Accumulators.sum("amount", "$bids.amount"),
                        Accumulators.first("name", "$bids.supplierName"), Accumulators.addToSet("processes", "$_id"),
                        Accumulators.addToSet("buyers", "$buyer"))))
                .forEach(d -> tallies.computeIfAbsent(d.getString("_id"), SupplierTally::new).bids(d));
        List<ProcurementSupplierStatsView.Row> rows = tallies.values().stream().map(SupplierTally::row)
                .sorted(Comparator.comparingLong(ProcurementSupplierStatsView.Row::awardedAmount).reversed()
                        .thenComparing(ProcurementSupplierStatsView.Row::supplier))
                .toList();
        int from = (int) Math.min((long) query.page() * query.size(), rows.size());
        int to = Math.min(from + query.size(), rows.size());
        return new ProcurementSupplierStatsView(rows.subList(from, to), query.page(), query.size(), rows.size(),
                ProcurementQueries.pages(rows.size(), query.size()));
    }

    @QueryHandler
    ProcurementAwardedTotalsView handle(FindProcurementAwardedTotalsQuery query) {
        List<Bson> awards = new ArrayList<>();
        List<Bson> place = StatsFilters.place(query.filter());
        if (!place.isEmpty()) {
            awards.add(Aggregates.match(Filters.and(place)));
        }
        awards.add(Aggregates.unwind("$awards"));
        List<Bson> interval = StatsFilters.interval(query.filter(), "awards.awardedAt");
        if (!interval.isEmpty()) {
            awards.add(Aggregates.match(Filters.and(interval)));
        }
        List<Bson> byBuyer = new ArrayList<>(awards);
        byBuyer.add(Aggregates.group("$buyer", Accumulators.sum("awards", 1),
                Accumulators.sum("amount", "$awards.amount"), Accumulators.addToSet("processes", "$_id"),
                Accumulators.first("communeName", "$communeName"), Accumulators.first("regionCode", "$regionCode"),
                Accumulators.first("regionName", "$regionName")));
        List<MunicipalityTotal> municipalities = new ArrayList<>();
        processes.aggregate(byBuyer).forEach(d -> municipalities.add(new MunicipalityTotal(d.getString("_id"),
                d.getString("communeName"), d.getString("regionCode"), d.getString("regionName"),
                longValue(d, "awards"), d.getList("processes", Object.class).size(), longValue(d, "amount"))));
        municipalities.sort(Comparator.comparingLong(MunicipalityTotal::awardedAmount).reversed()
                .thenComparing(MunicipalityTotal::commune));
        List<Bson> bySupplier = new ArrayList<>(awards);
        bySupplier.add(Aggregates.group("$awards.supplier", Accumulators.sum("awards", 1),
                Accumulators.sum("amount", "$awards.amount"), Accumulators.addToSet("processes", "$_id"),
                Accumulators.addToSet("buyers", "$buyer"), Accumulators.first("name", "$awards.supplierName")));
        List<SupplierTotal> suppliers = new ArrayList<>();
        processes.aggregate(bySupplier).forEach(d -> suppliers.add(new SupplierTotal(d.getString("_id"),
                d.getString("name"), longValue(d, "awards"), d.getList("processes", Object.class).size(),
                d.getList("buyers", Object.class).size(), longValue(d, "amount"))));
        suppliers.sort(Comparator.comparingLong(SupplierTotal::awardedAmount).reversed()
                .thenComparing(SupplierTotal::supplier));
        return new ProcurementAwardedTotalsView(municipalities.stream().mapToLong(MunicipalityTotal::awards).sum(),
                municipalities.stream().mapToLong(MunicipalityTotal::awardedAmount).sum(), municipalities, suppliers);
    }

    /**
     * Among processes first awarded in the interval: how many, and how much, by direct award. Framework-agreement
     * purchases are not direct awards.
     */
    @QueryHandler
    DirectAwardShareView handle(FindDirectAwardShareQuery query) {
        ShareTally overall = new ShareTally();
        Map<String, ShareTally> byBuyer = new TreeMap<>();
        Map<String, Document> places = new TreeMap<>();
        Map<DirectAwardGround, long[]> grounds = new TreeMap<>();
        processes.aggregate(List.of(
                Aggregates.match(StatsFilters.match(query.filter(), "awardedAt", true)),
                Aggregates.group(new Document("buyer", "$buyer").append("method", "$method")
                                .append("ground", "$directAwardGround"),
                        Accumulators.sum("processes", 1), Accumulators.sum("amount", "$awardedAmount"),
                        Accumulators.first("communeName", "$communeName"),
                        Accumulators.first("regionCode", "$regionCode"),
                        Accumulators.first("regionName", "$regionName")))).forEach(d -> {
            Document key = d.get("_id", Document.class);
            boolean direct = ProcurementMethod.DIRECT_AWARD.name().equals(key.getString("method"));
            long count = longValue(d, "processes");
            long amount = longValue(d, "amount");
            overall.add(direct, count, amount);
            byBuyer.computeIfAbsent(key.getString("buyer"), b -> new ShareTally()).add(direct, count, amount);
            places.putIfAbsent(key.getString("buyer"), d);
            if (direct && key.getString("ground") != null) {
                long[] ground = grounds.computeIfAbsent(DirectAwardGround.valueOf(key.getString("ground")),
                        g -> new long[2]);
                ground[0] += count;
                ground[1] += amount;
            }
        });
        List<MunicipalityShare> municipalities = byBuyer.entrySet().stream().map(e -> {
            Document place = places.get(e.getKey());
            return new MunicipalityShare(e.getKey(), place.getString("communeName"), place.getString("regionCode"),
                    place.getString("regionName"), e.getValue().share());
        }).toList();
        List<GroundRow> groundRows = grounds.entrySet().stream().map(e -> new GroundRow(e.getKey(), e.getValue()[0],
                e.getValue()[1], percent(e.getValue()[0], overall.direct))).toList();
        return new DirectAwardShareView(overall.share(), municipalities, groundRows);
    }

    /** Processes, estimate, awarded processes and awarded amount, plus any further accumulators. */
    private static List<BsonField> processTotals(BsonField... more) {
        List<BsonField> fields = new ArrayList<>(List.of(Accumulators.sum("processes", 1),
                Accumulators.sum("estimatedAmount", "$estimatedAmount"),
                Accumulators.sum("awardedProcesses", new Document("$cond",
                        Arrays.asList(new Document("$gt", Arrays.asList("$awardedAmount", 0)), 1, 0))),
                Accumulators.sum("awardedAmount", "$awardedAmount")));
        fields.addAll(List.of(more));
        return fields;
    }

    private static List<BsonField> withPlace(List<BsonField> fields) {
        List<BsonField> all = new ArrayList<>(fields);
        all.add(Accumulators.first("communeName", "$communeName"));
        all.add(Accumulators.first("regionCode", "$regionCode"));
        all.add(Accumulators.first("regionName", "$regionName"));
        return all;
    }

    /** {@code part} of {@code whole} in percent, to one decimal; null when the whole is zero. */
    static Double percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
    }

    private static final class ShareTally {
        private long processes;
        private long direct;
        private long amount;
        private long directAmount;

        void add(boolean isDirect, long count, long sum) {
            processes += count;
            amount += sum;
            if (isDirect) {
                direct += count;
                directAmount += sum;
            }
        }

        Share share() {
            return new Share(processes, direct, percent(direct, processes), amount, directAmount,
                    percent(directAmount, amount));
        }
    }

    private static final class SupplierTally {
        private final String supplier;
        private String name;
        private long bids;
        private long bidAmount;
        private long awards;
        private long awardedAmount;
        private final Set<Object> processes = new HashSet<>();
        private final Set<Object> buyers = new HashSet<>();

        SupplierTally(String supplier) {
            this.supplier = supplier;
        }

        void awards(Document d) {
            name = d.getString("name");
            awards = longValue(d, "count");
            awardedAmount = longValue(d, "amount");
            sets(d);
        }

        void bids(Document d) {
            if (name == null) {
                name = d.getString("name");
            }
            bids = longValue(d, "count");
            bidAmount = longValue(d, "amount");
            sets(d);
        }

        private void sets(Document d) {
            processes.addAll(d.getList("processes", Object.class));
            buyers.addAll(d.getList("buyers", Object.class));
        }

        ProcurementSupplierStatsView.Row row() {
            return new ProcurementSupplierStatsView.Row(supplier, name, bids, bidAmount, awards, awardedAmount,
                    processes.size(), buyers.size());
        }
    }
}
