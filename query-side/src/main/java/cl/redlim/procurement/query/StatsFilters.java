package cl.redlim.procurement.query;

import cl.redlim.procurement.api.ProcurementStatsFilter;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

import static cl.redlim.readmodel.DocValues.date;

/** A statistics filter as a Mongo filter on process documents, with the interval on a chosen instant. */
final class StatsFilters {

    private StatsFilters() {
    }

    /** Commune and region only. */
    static List<Bson> place(ProcurementStatsFilter filter) {
        List<Bson> filters = new ArrayList<>();
        ProcurementQueries.addEq(filters, "buyer", filter.commune());
        ProcurementQueries.addEq(filters, "regionCode", filter.regionCode());
        return filters;
    }

    /** Commune, region and {@code from <= instant < to}; with {@code required}, the instant must be set. */
    static Bson match(ProcurementStatsFilter filter, String instantField, boolean required) {
        List<Bson> filters = place(filter);
        filters.addAll(interval(filter, instantField));
        if (required) {
            filters.add(Filters.ne(instantField, null));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    static List<Bson> interval(ProcurementStatsFilter filter, String instantField) {
        List<Bson> filters = new ArrayList<>();
        if (filter.from() != null) {
            filters.add(Filters.gte(instantField, date(filter.from())));
        }
        if (filter.to() != null) {
            filters.add(Filters.lt(instantField, date(filter.to())));
        }
        return filters;
    }
}
