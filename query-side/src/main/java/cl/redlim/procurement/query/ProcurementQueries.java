package cl.redlim.procurement.query;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.procurement.api.FindProcurementQuery;
import cl.redlim.procurement.api.FindProcurementRedFlagsQuery;
import cl.redlim.procurement.api.FindProcurementsQuery;
import cl.redlim.procurement.api.ProcurementPageView;
import cl.redlim.procurement.api.ProcurementRedFlag;
import cl.redlim.procurement.api.ProcurementRedFlagPageView;
import cl.redlim.procurement.api.ProcurementRedFlagPageView.FlagCount;
import cl.redlim.procurement.api.ProcurementRedFlagPageView.FlaggedProcess;
import cl.redlim.procurement.api.ProcurementSummaryView;
import cl.redlim.procurement.api.ProcurementView;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static cl.redlim.readmodel.DocValues.longValue;

/** Processes one by one, in pages, and those with red flags. */
@Component
class ProcurementQueries {

    private final MongoCollection<Document> processes;

    ProcurementQueries(MongoDatabase readModelDatabase) {
        this.processes = readModelDatabase.getCollection(ProcurementProjection.COLLECTION);
    }

    @QueryHandler
    ProcurementView handle(FindProcurementQuery query) {
        Document d = processes.find(Filters.eq("_id", query.processId())).first();
        if (d == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No procurement process " + query.processId());
        }
        return ProcurementDocuments.toView(d);
    }

    @QueryHandler
    ProcurementPageView handle(FindProcurementsQuery query) {
        List<Bson> filters = new ArrayList<>();
        addEq(filters, "buyer", query.commune());
        addEq(filters, "regionCode", query.regionCode());
        addEq(filters, "method", query.method() == null ? null : query.method().name());
        addEq(filters, "tenderType", query.tenderType() == null ? null : query.tenderType().name());
        addEq(filters, "status", query.status() == null ? null : query.status().name());
        if (query.supplier() != null) {
            // bids are in the document only once opened, so a sealed bid never matches
            filters.add(Filters.or(Filters.eq("awards.supplier", query.supplier().value()),
                    Filters.eq("bids.supplier", query.supplier().value())));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        long total = processes.countDocuments(filter);
        List<ProcurementSummaryView> items = new ArrayList<>();
        processes.find(filter).sort(Sorts.ascending("plannedAt", "_id"))
                .skip(query.page() * query.size()).limit(query.size())
                .forEach(d -> items.add(ProcurementDocuments.toSummary(d)));
        return new ProcurementPageView(items, query.page(), query.size(), total, pages(total, query.size()));
    }

    @QueryHandler
    ProcurementRedFlagPageView handle(FindProcurementRedFlagsQuery query) {
        List<Bson> place = new ArrayList<>();
        addEq(place, "buyer", query.commune());
        addEq(place, "regionCode", query.regionCode());
        List<Bson> filters = new ArrayList<>(place);
        filters.add(query.flag() == null
                ? Filters.in(FlagUpdates.CODES, Arrays.stream(ProcurementRedFlag.values()).map(Enum::name).toList())
                : Filters.eq(FlagUpdates.CODES, query.flag().name()));
        Bson filter = Filters.and(filters);
        long total = processes.countDocuments(filter);
        List<FlaggedProcess> items = new ArrayList<>();
        processes.find(filter).sort(Sorts.ascending("plannedAt", "_id"))
                .skip(query.page() * query.size()).limit(query.size())
                .forEach(d -> {
                    FlaggedProcess p = ProcurementDocuments.toFlagged(d);
                    items.add(query.flag() == null ? p : new FlaggedProcess(p.processId(), p.buyer(),
                            p.communeName(), p.regionCode(), p.regionName(), p.title(), p.method(), p.tenderType(),
                            p.status(), p.estimatedAmount(), p.awardedAmount(), p.plannedAt(),
                            p.flags().stream().filter(f -> f.flag() == query.flag()).toList()));
                });
        return new ProcurementRedFlagPageView(items, query.page(), query.size(), total, pages(total, query.size()),
                counts(place));
    }

    /** How many processes carry each flag, every flag listed. */
    private List<FlagCount> counts(List<Bson> place) {
        Map<ProcurementRedFlag, Long> counts = new EnumMap<>(ProcurementRedFlag.class);
        Arrays.stream(ProcurementRedFlag.values()).forEach(f -> counts.put(f, 0L));
        List<Bson> pipeline = new ArrayList<>();
        if (!place.isEmpty()) {
            pipeline.add(Aggregates.match(Filters.and(place)));
        }
        pipeline.add(Aggregates.unwind("$" + FlagUpdates.CODES));
        pipeline.add(Aggregates.group("$" + FlagUpdates.CODES, Accumulators.sum("processes", 1)));
        processes.aggregate(pipeline).forEach(d ->
                counts.put(ProcurementRedFlag.valueOf(d.getString("_id")), longValue(d, "processes")));
        return counts.entrySet().stream().map(e -> new FlagCount(e.getKey(), e.getValue())).toList();
    }

    static int pages(long total, int size) {
        return (int) ((total + size - 1) / size);
    }

    static void addEq(List<Bson> filters, String field, Object value) {
        if (value != null) {
            filters.add(Filters.eq(field, value));
        }
    }
}
