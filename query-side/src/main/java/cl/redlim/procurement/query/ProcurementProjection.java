package cl.redlim.procurement.query;

import cl.redlim.procurement.api.AwardLine;
import cl.redlim.procurement.api.BidDeclaredAdmissibleEvent;
import cl.redlim.procurement.api.BidDeclaredInadmissibleEvent;
import cl.redlim.procurement.api.BidScore;
import cl.redlim.procurement.api.BidSubmittedEvent;
import cl.redlim.procurement.api.BidsEvaluatedEvent;
import cl.redlim.procurement.api.BidsOpenedEvent;
import cl.redlim.procurement.api.MarketConsultationRecordedEvent;
import cl.redlim.procurement.api.ProcurementAwardedEvent;
import cl.redlim.procurement.api.ProcurementCompletedEvent;
import cl.redlim.procurement.api.ProcurementDeclaredVoidEvent;
import cl.redlim.procurement.api.ProcurementItem;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.ProcurementPlannedEvent;
import cl.redlim.procurement.api.ProcurementRedFlag;
import cl.redlim.procurement.api.ProcurementStatus;
import cl.redlim.procurement.api.TenderAmendedEvent;
import cl.redlim.procurement.api.TenderPublishedEvent;
import cl.redlim.procurement.api.TenderType;
import cl.redlim.readmodel.Names;
import cl.redlim.readmodel.SequencedDocuments;
import cl.redlim.territory.api.CommuneRegisteredEvent;
import cl.redlim.territory.api.RegionRegisteredEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static cl.redlim.readmodel.DocValues.date;
import static cl.redlim.readmodel.DocValues.instant;
import static cl.redlim.readmodel.DocValues.longValue;

/**
 * One document per procurement process, from planning to award or void, with the commune and region names copied
 * in and the red flags raised on it. Bids stay in a separate collection of sealed bids until they are opened, so that
 * nothing served from a process document can reveal a bid's supplier or amount before opening. Contract events are
 * projected by {@link ProcurementContractProjection}, in the same processing group.
 */
@Component
@ProcessingGroup(ProcurementProjection.GROUP)
class ProcurementProjection {

    static final String GROUP = "procurement-processes";
    static final String COLLECTION = "procurement_processes";
    static final String SEALED_BIDS = "procurement_sealed_bids";

    private final SequencedDocuments processes;
    private final MongoCollection<Document> sealedBids;
    private final Names names;
    private final RedFlagRules flags;
    private final SplittingClusters splitting;

    ProcurementProjection(MongoDatabase readModelDatabase, RedFlagSettings settings) {
        this.processes = new SequencedDocuments(readModelDatabase.getCollection(COLLECTION));
        this.sealedBids = readModelDatabase.getCollection(SEALED_BIDS);
        this.names = new Names(readModelDatabase.getCollection("procurement_names"));
        this.flags = new RedFlagRules(settings);
        this.splitting = new SplittingClusters(processes.collection(), flags);
    }

    @EventHandler
    void on(RegionRegisteredEvent event) {
        names.put("region:" + event.regionCode(), event.name());
    }

    @EventHandler
    void on(CommuneRegisteredEvent event) {
        names.put("commune:" + event.cut().value(), event.name());
    }

    @EventHandler
    void on(ProcurementPlannedEvent event, @SequenceNumber long sequence) {
        String region = event.buyer().regionCode();
        processes.create(event.processId(), sequence, new Document()
                .append("buyer", event.buyer().value())
                .append("communeName", names.get("commune:" + event.buyer().value()))
                .append("regionCode", region)
                .append("regionName", names.get("region:" + region))
                .append("title", event.title())
                .append("description", event.description())
                .append("category", event.category().name())
                .append("items", items(event.items()))
                .append("method", event.method().name())
                .append("tenderType", event.tenderType() == null ? null : event.tenderType().name())
                .append("typeKey", typeKey(event.method(), event.tenderType()))
                .append("status", ProcurementStatus.PLANNED.name())
                .append("estimatedAmount", event.estimatedAmount().amount())
                .append("utmValue", event.utmValue().amount())
                .append("directAwardGround",
                        event.directAwardGround() == null ? null : event.directAwardGround().name())
                .append("justification", event.justification())
                .append("frameworkAgreementId", event.frameworkAgreementId())
                .append("reducedPeriod", false)
                .append("tenderAmendments", List.of())
                .append("bidCount", 0)
                .append("bids", List.of())
                .append("awards", List.of())
                .append("awardedAmount", 0L)
                .append("nearThreshold", List.of())
                .append("contracts", List.of())
                .append("contractedAmount", 0L)
                .append("orderedAmount", 0L)
                .append("paidAmount", 0L)
                .append(FlagUpdates.FLAGS, new Document())
                .append(FlagUpdates.CODES, List.of())
                .append("plannedAt", date(event.plannedAt())));
    }

    @EventHandler
    void on(MarketConsultationRecordedEvent event, @SequenceNumber long sequence) {
        processes.update(event.processId(), sequence, Updates.set("marketConsultationSummary", event.summary()),
                Updates.set("marketConsultedAt", date(event.consultedAt())));
    }

    @EventHandler
    void on(TenderPublishedEvent event, @SequenceNumber long sequence) {
        Document process = processes.find(event.processId());
        if (process == null) {
            return;
        }
        List<Bson> updates = new ArrayList<>(List.of(status(ProcurementStatus.TENDERING),
                Updates.set("publishedAt", date(event.publishedAt())), Updates.set("closesAt", date(event.closesAt())),
                Updates.set("minimumPeriod", event.minimumPeriod().toString()), Updates.set("reducedPeriod", event.reducedPeriod()),
                Updates.set("reducedPeriodJustification", event.reducedPeriodJustification())));
        updates.addAll(FlagUpdates.of(ProcurementRedFlag.SHORT_PUBLICATION, flags.shortPublication(
                process.getString("typeKey"), event.publishedAt(), event.closesAt(), event.reducedPeriod())));
        processes.update(event.processId(), sequence, updates.toArray(Bson[]::new));
    }

    /** The publication period runs to the amended closing, so the short-publication flag is decided again. */
    @EventHandler
    void on(TenderAmendedEvent event, @SequenceNumber long sequence) {
        Document process = processes.find(event.processId());
        if (process == null) {
            return;
        }
        List<Bson> updates = new ArrayList<>(List.of(Updates.set("closesAt", date(event.closesAt())),
                Updates.push("tenderAmendments", new Document("amendmentId", event.amendmentId())
                        .append("rationale", event.rationale())
                        .append("description", event.description())
                        .append("previousClosesAt", date(event.previousClosesAt()))
                        .append("closesAt", date(event.closesAt()))
                        .append("extendedByRule", event.extendedByRule())
                        .append("amendedAt", date(event.amendedAt())))));
        Instant publishedAt = instant(process, "publishedAt");
        if (publishedAt != null) {
            updates.addAll(FlagUpdates.of(ProcurementRedFlag.SHORT_PUBLICATION, flags.shortPublication(
                    process.getString("typeKey"), publishedAt, event.closesAt(),
                    process.getBoolean("reducedPeriod", false))));
        }
        processes.update(event.processId(), sequence, updates.toArray(Bson[]::new));
    }

    /** Only the count is public before opening; the bid itself waits, sealed, in its own collection. */
    @EventHandler
    void on(BidSubmittedEvent event, @SequenceNumber long sequence) {
        Document process = processes.find(event.processId());
        if (process == null || process.get("openedAt") != null) {
            return;
        }
        String id = event.processId() + "/" + event.bidId();
        sealedBids.replaceOne(Filters.eq("_id", id), new Document("_id", id)
                .append("processId", event.processId())
                .append("bidId", event.bidId())
                .append("supplier", event.supplier().value())
                .append("supplierName", event.supplierName())
                .append("amount", event.amount().amount())
                .append("lot", event.lot())
                .append("submittedAt", date(event.submittedAt())), new ReplaceOptions().upsert(true));
        processes.update(event.processId(), sequence, Updates.inc("bidCount", 1));
    }

    /** Opening makes the bids public: they move from the sealed collection into the process document. */
    @EventHandler
    void on(BidsOpenedEvent event, @SequenceNumber long sequence) {
        Document process = processes.find(event.processId());
        if (process == null) {
            return;
        }
        List<Document> bids = new ArrayList<>();
        sealedBids.find(Filters.eq("processId", event.processId())).sort(Sorts.ascending("submittedAt", "bidId"))
                .forEach(b -> bids.add(new Document("bidId", b.getString("bidId"))
                        .append("supplier", b.getString("supplier"))
                        .append("supplierName", b.getString("supplierName"))
                        .append("amount", longValue(b, "amount"))
                        .append("lot", b.getString("lot"))
                        .append("submittedAt", b.getDate("submittedAt"))
                        .append("admissible", null)
                        .append("inadmissibilityReasons", List.of())
                        .append("score", null)));
        String type = process.getString("tenderType");
        List<Bson> updates = new ArrayList<>(List.of(status(ProcurementStatus.BIDS_OPENED),
                Updates.set("openedAt", date(event.openedAt())), Updates.set("bidCount", event.bidCount()),
                Updates.set("bids", bids)));
        updates.addAll(FlagUpdates.of(ProcurementRedFlag.SINGLE_BIDDER, flags.singleBidder(
                ProcurementMethod.valueOf(process.getString("method")), type == null ? null : TenderType.valueOf(type),
                event.bidCount(), event.openedAt())));
        processes.update(event.processId(), sequence, updates.toArray(Bson[]::new));
        sealedBids.deleteMany(Filters.eq("processId", event.processId()));
    }

    @EventHandler
    void on(BidDeclaredAdmissibleEvent event, @SequenceNumber long sequence) {
        updateBid(event.processId(), event.bidId(), sequence, (at, updates) -> updates.add(
                Updates.set(at + "admissible", true)));
    }

    @EventHandler
    void on(BidDeclaredInadmissibleEvent event, @SequenceNumber long sequence) {
        updateBid(event.processId(), event.bidId(), sequence, (at, updates) -> {
            updates.add(Updates.set(at + "admissible", false));
            updates.add(Updates.set(at + "inadmissibilityReasons", event.reasons()));
        });
    }

    @EventHandler
    void on(BidsEvaluatedEvent event, @SequenceNumber long sequence) {
        Document process = processes.find(event.processId());
        if (process == null) {
            return;
        }
        List<Bson> updates = new ArrayList<>(List.of(status(ProcurementStatus.EVALUATED),
                Updates.set("evaluationSummary", event.reportSummary()),
                Updates.set("evaluatedAt", date(event.evaluatedAt()))));
        List<Document> bids = process.getList("bids", Document.class);
        for (BidScore score : event.scores()) {
            int index = indexOf(bids, "bidId", score.bidId());
            if (index >= 0) {
                updates.add(Updates.set("bids." + index + ".score", score.score()));
            }
        }
        processes.update(event.processId(), sequence, updates.toArray(Bson[]::new));
    }

    /**
     * Awards add up to the process's awarded amount; the first award's instant is the process's award date. The
     * award may raise AWARD_ABOVE_ESTIMATE here, and SPLITTING on this and earlier processes of the same buyer and
     * supplier.
     */
    @EventHandler
    void on(ProcurementAwardedEvent event, @SequenceNumber long sequence) {
        Document process = processes.find(event.processId());
        if (process == null) {
            return;
        }
        List<Document> added = event.awards().stream().map(a -> award(a, event.awardedAt())).toList();
        List<Document> awards = new ArrayList<>(process.getList("awards", Document.class));
        awards.addAll(added);
        long total = awards.stream().mapToLong(a -> longValue(a, "amount")).sum();
        Instant firstAward = instant(process, "awardedAt");
        List<Bson> updates = new ArrayList<>(List.of(status(ProcurementStatus.AWARDED),
                Updates.pushEach("awards", added), Updates.set("awardedAmount", total),
                Updates.set("awardedAt", date(firstAward == null ? event.awardedAt() : firstAward)),
                Updates.set("nearThreshold", splitting.nearThreshold(awards, longValue(process, "utmValue")))));
        updates.addAll(FlagUpdates.of(ProcurementRedFlag.AWARD_ABOVE_ESTIMATE,
                flags.awardAboveEstimate(longValue(process, "estimatedAmount"), total)));
        processes.update(event.processId(), sequence, updates.toArray(Bson[]::new));
        splitting.refreshAround(event.processId());
    }

    @EventHandler
    void on(ProcurementDeclaredVoidEvent event, @SequenceNumber long sequence) {
        processes.update(event.processId(), sequence, status(ProcurementStatus.VOID),
                Updates.set("voidReason", event.reason()), Updates.set("voidAt", date(event.declaredAt())));
    }

    @EventHandler
    void on(ProcurementCompletedEvent event, @SequenceNumber long sequence) {
        processes.update(event.processId(), sequence, status(ProcurementStatus.COMPLETED),
                Updates.set("completedAt", date(event.completedAt())));
    }

    /** The key of a process's publication floor and cycle-time row: its tender type, or COMPRA_AGIL; else null. */
    static String typeKey(ProcurementMethod method, TenderType tenderType) {
        if (method == ProcurementMethod.PUBLIC_TENDER && tenderType != null) {
            return tenderType.name();
        }
        return method == ProcurementMethod.COMPRA_AGIL ? method.name() : null;
    }

    private interface BidUpdates {
        void add(String at, List<Bson> updates);
    }

    private void updateBid(String processId, String bidId, long sequence, BidUpdates bidUpdates) {
        Document process = processes.find(processId);
        if (process == null) {
            return;
        }
        List<Bson> updates = new ArrayList<>();
        int index = indexOf(process.getList("bids", Document.class), "bidId", bidId);
        if (index >= 0) {
            bidUpdates.add("bids." + index + ".", updates);
        }
        processes.update(processId, sequence, updates.toArray(Bson[]::new));
    }

    static int indexOf(List<Document> list, String field, String value) {
        for (int i = 0; i < list.size(); i++) {
            if (value.equals(list.get(i).getString(field))) {
                return i;
            }
        }
        return -1;
    }

    private static Document award(AwardLine line, Instant awardedAt) {
        return new Document("awardId", line.awardId())
                .append("bidId", line.bidId())
                .append("supplier", line.supplier().value())
                .append("supplierName", line.supplierName())
                .append("amount", line.amount().amount())
                .append("lot", line.lot())
                .append("awardedAt", date(awardedAt));
    }

    private static List<Document> items(List<ProcurementItem> items) {
        return items == null ? List.of() : items.stream().map(i -> new Document("itemId", i.itemId())
                .append("description", i.description())
                .append("quantity", i.quantity())
                .append("unit", i.unit())
                .append("classification", i.classification())
                .append("lot", i.lot())).toList();
    }

    private static Bson status(ProcurementStatus status) {
        return Updates.set("status", status.name());
    }

}
