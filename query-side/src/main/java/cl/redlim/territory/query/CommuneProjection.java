package cl.redlim.territory.query;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.readmodel.DocValues;
import cl.redlim.readmodel.SequencedDocuments;
import cl.redlim.territory.api.CommuneClassifiedEvent;
import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.CommuneListView;
import cl.redlim.territory.api.CommuneRegisteredEvent;
import cl.redlim.territory.api.CommuneView;
import cl.redlim.territory.api.FindCommuneQuery;
import cl.redlim.territory.api.FindCommunesQuery;
import cl.redlim.territory.api.ProvinceRegisteredEvent;
import cl.redlim.territory.api.RegionRegisteredEvent;
import cl.redlim.territory.api.Rurality;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The public list of communes with their region, province and classification. */
@Component
@ProcessingGroup("territory-communes")
class CommuneProjection {

    private final MongoCollection<Document> regions;
    private final MongoCollection<Document> provinces;
    private final SequencedDocuments communes;

    CommuneProjection(MongoDatabase readModelDatabase) {
        this.regions = readModelDatabase.getCollection("territory_regions");
        this.provinces = readModelDatabase.getCollection("territory_provinces");
        this.communes = new SequencedDocuments(readModelDatabase.getCollection("territory_communes"));
    }

    @EventHandler
    void on(RegionRegisteredEvent event) {
        regions.replaceOne(Filters.eq("_id", event.regionCode()),
                new Document("_id", event.regionCode()).append("name", event.name()).append("isoCode", event.isoCode()),
                new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(ProvinceRegisteredEvent event) {
        provinces.replaceOne(Filters.eq("_id", event.provinceCode()),
                new Document("_id", event.provinceCode()).append("name", event.name())
                        .append("regionCode", event.regionCode()),
                new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(CommuneRegisteredEvent event, @SequenceNumber long sequence) {
        communes.create(event.cut().value(), sequence, new Document("name", event.name())
                .append("provinceCode", event.provinceCode())
                .append("provinceName", nameOf(provinces, event.provinceCode()))
                .append("regionCode", event.regionCode())
                .append("regionName", nameOf(regions, event.regionCode()))
                .append("group", null)
                .append("rurality", null));
    }

    @EventHandler
    void on(CommuneClassifiedEvent event, @SequenceNumber long sequence) {
        communes.update(event.cut().value(), sequence,
                Updates.set("group", event.group().number()), Updates.set("rurality", event.rurality().name()));
    }

    @QueryHandler
    CommuneListView handle(FindCommunesQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.regionCode() != null) {
            filters.add(Filters.eq("regionCode", query.regionCode()));
        }
        if (query.group() != null) {
            filters.add(Filters.eq("group", query.group().number()));
        }
        if (query.rurality() != null) {
            filters.add(Filters.eq("rurality", query.rurality().name()));
        }
        List<CommuneView> items = new ArrayList<>();
        communes.collection().find(filters.isEmpty() ? new Document() : Filters.and(filters))
                .sort(Sorts.ascending("_id")).forEach(d -> items.add(toView(d)));
        return new CommuneListView(items, items.size());
    }

    @QueryHandler
    CommuneView handle(FindCommuneQuery query) {
        Document d = communes.find(query.cut());
        if (d == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No commune " + query.cut());
        }
        return toView(d);
    }

    private static String nameOf(MongoCollection<Document> collection, String id) {
        Document d = collection.find(Filters.eq("_id", id)).first();
        return d == null ? null : d.getString("name");
    }

    private static CommuneView toView(Document d) {
        Integer group = d.getInteger("group");
        String rurality = d.getString("rurality");
        return new CommuneView(d.getString("_id"), d.getString("name"), d.getString("provinceCode"),
                d.getString("provinceName"), d.getString("regionCode"), d.getString("regionName"),
                group == null ? null : CommuneGroup.of(group), rurality == null ? null : Rurality.valueOf(rurality),
                DocValues.longValue(d, SequencedDocuments.VERSION));
    }
}
