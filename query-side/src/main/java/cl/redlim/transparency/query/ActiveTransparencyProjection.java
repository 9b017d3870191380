package cl.redlim.transparency.query;

import cl.redlim.document.api.DocumentClassification;
import cl.redlim.document.api.DocumentLoadedEvent;
import cl.redlim.document.api.DocumentNumberedEvent;
import cl.redlim.document.api.DocumentType;
import cl.redlim.fund.api.FundApplicationAwardedEvent;
import cl.redlim.fund.api.FundApplicationDraftedEvent;
import cl.redlim.fund.api.FundTranchePaidEvent;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.procurement.api.ContractAmendedEvent;
import cl.redlim.procurement.api.ContractSignedEvent;
import cl.redlim.procurement.api.ContractTerminatedEvent;
import cl.redlim.procurement.api.ProcurementAwardedEvent;
import cl.redlim.procurement.api.ProcurementPlannedEvent;
import cl.redlim.readmodel.Names;
import cl.redlim.territory.api.CommuneRegisteredEvent;
import cl.redlim.transparency.api.ActiveTransparencyItem;
import cl.redlim.transparency.api.ActiveTransparencyView;
import cl.redlim.transparency.api.FindActiveTransparencyQuery;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static cl.redlim.readmodel.DocValues.date;

/**
 * Active transparency (Ley 20.285 art. 7) per municipality: for the items whose facts RedLIM holds, which facts there
 * are and when the latest happened. Contracts (letter e) come from procurement awards and contracts; transfers
 * (letter f) from the fund's awards and paid tranches; acts with effects on third parties (letter g) from public
 * decrees and resolutions once numbered, which is when they take effect. Every write is idempotent: a fact is added
 * to a set and the last update only moves forward, so a replay or a redelivered event changes nothing.
 */
@Component
@ProcessingGroup("active-transparency")
class ActiveTransparencyProjection {

    private final MongoCollection<Document> items;
    private final Names names;

    ActiveTransparencyProjection(MongoDatabase readModelDatabase) {
        this.items = readModelDatabase.getCollection("active_transparency_items");
        this.names = new Names(readModelDatabase.getCollection("active_transparency_names"));
    }

    @EventHandler
    void on(CommuneRegisteredEvent event) {
        names.put("commune:" + event.cut().value(), event.name());
    }

    @EventHandler
    void on(ProcurementPlannedEvent event) {
        names.put("procurement:" + event.processId(), event.buyer().value());
    }

    @EventHandler
    void on(ProcurementAwardedEvent event) {
        procurementFact(event.processId(), event.awardedAt());
    }

    @EventHandler
    void on(ContractSignedEvent event) {
        procurementFact(event.processId(), event.signedAt());
    }

    @EventHandler
    void on(ContractAmendedEvent event) {
        procurementFact(event.processId(), event.amendedAt());
    }

    @EventHandler
    void on(ContractTerminatedEvent event) {
        procurementFact(event.processId(), event.terminatedAt());
    }

    @EventHandler
    void on(DocumentLoadedEvent event) {
        boolean act = event.type() == DocumentType.DECREE || event.type() == DocumentType.RESOLUTION;
        if (act && event.classification() == DocumentClassification.PUBLIC) {
            names.put("document:" + event.documentId(), event.municipality().value());
        }
    }

    @EventHandler
    void on(DocumentNumberedEvent event) {
        record(names.get("document:" + event.documentId()), ActiveTransparencyItem.ACTS_AFFECTING_THIRD_PARTIES,
                event.documentId(), event.numberedAt());
    }

    @EventHandler
    void on(FundApplicationDraftedEvent event) {
        names.put("fund-application:" + event.applicationId(), event.commune().value());
    }

    @EventHandler
    void on(FundApplicationAwardedEvent event) {
        fundFact(event.applicationId(), event.awardedAt());
    }

    @EventHandler
    void on(FundTranchePaidEvent event) {
        fundFact(event.applicationId(), event.paidAt());
    }

    private void procurementFact(String processId, Instant at) {
        record(names.get("procurement:" + processId), ActiveTransparencyItem.CONTRACTS, processId, at);
    }

    private void fundFact(String applicationId, Instant at) {
        record(names.get("fund-application:" + applicationId), ActiveTransparencyItem.TRANSFERS, applicationId, at);
    }

    /** Adds a fact (a purchase, a fund application) to a municipality's item; the last update only moves forward. */
    private void record(String commune, ActiveTransparencyItem item, String fact, Instant at) {
        if (commune == null) {
            return;
        }
        items.updateOne(Filters.eq("_id", commune + ":" + item.name()), Updates.combine(
                        Updates.addToSet("facts", fact), Updates.max("lastUpdate", date(at))),
                new UpdateOptions().upsert(true));
    }

    @QueryHandler
    ActiveTransparencyView handle(FindActiveTransparencyQuery query) {
        String cut = query.commune().value();
        String communeName = names.get("commune:" + cut);
        if (communeName == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No commune " + cut);
        }
        List<ActiveTransparencyView.Item> list = new ArrayList<>();
        for (ActiveTransparencyItem item : ActiveTransparencyItem.values()) {
            Document d = items.find(Filters.eq("_id", cut + ":" + item.name())).first();
            long records = d == null ? 0 : d.getList("facts", String.class).size();
            Date last = d == null ? null : d.getDate("lastUpdate");
            list.add(new ActiveTransparencyView.Item(item, item.letter(), item.legalName(), isHeld(item),
                    description(item), links(item, cut), records, last == null ? null : last.toInstant()));
        }
        return new ActiveTransparencyView(cut, communeName, list);
    }

    static boolean isHeld(ActiveTransparencyItem item) {
        return item == ActiveTransparencyItem.CONTRACTS || item == ActiveTransparencyItem.TRANSFERS
                || item == ActiveTransparencyItem.ACTS_AFFECTING_THIRD_PARTIES;
    }

    private static String description(ActiveTransparencyItem item) {
        return switch (item) {
            case CONTRACTS -> "Purchases awarded, and their contracts signed, amended or terminated: the procurement "
                    + "read models, and every process as OCDS releases and records; counts purchases";
            case TRANSFERS -> "Transfers of the Municipal Innovation Fund (FIM) to the municipality: awards and "
                    + "tranches paid; counts awarded applications";
            case ACTS_AFFECTING_THIRD_PARTIES -> "Public decrees and resolutions, once numbered: the document read "
                    + "models, where each can be verified by its hash and signatures; counts numbered acts";
            default -> "Not held by RedLIM: published in the municipality's own transparency portal";
        };
    }

    private static List<String> links(ActiveTransparencyItem item, String cut) {
        return switch (item) {
            case CONTRACTS -> List.of("/api/v1/public/procurements?commune=" + cut,
                    "/api/v1/public/procurement-stats/awarded-totals?commune=" + cut, "/api/v1/public/ocds/records");
            case TRANSFERS -> List.of("/api/v1/public/fund-applications?commune=" + cut, "/api/v1/public/fund-grants");
            case ACTS_AFFECTING_THIRD_PARTIES -> List.of("/api/v1/public/documents?commune=" + cut + "&type=DECREE",
                    "/api/v1/public/documents?commune=" + cut + "&type=RESOLUTION");
            default -> List.of();
        };
    }
}
