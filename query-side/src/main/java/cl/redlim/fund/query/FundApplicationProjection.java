package cl.redlim.fund.query;

import cl.redlim.fund.api.*;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.readmodel.Names;
import cl.redlim.readmodel.SequencedDocuments;
import cl.redlim.territory.api.CommuneRegisteredEvent;
import cl.redlim.territory.api.RegionRegisteredEvent;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
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

import static cl.redlim.readmodel.DocValues.date;

/**
 * One document per application, with the names of its commune, region and call copied in. Those names come from
 * territory and call events handled in this same processing group, so they are always there before the first
 * application that needs them, whatever the other projections' progress.
 */
@Component
@ProcessingGroup("fund-applications")
class FundApplicationProjection {

    static final String COLLECTION = "fund_applications";

    private final SequencedDocuments applications;
    private final Names places;

    FundApplicationProjection(MongoDatabase readModelDatabase) {
        this.applications = new SequencedDocuments(readModelDatabase.getCollection(COLLECTION));
        this.places = new Names(readModelDatabase.getCollection("fund_application_names"));
    }

    @EventHandler
    void on(RegionRegisteredEvent event) {
        places.put("region:" + event.regionCode(), event.name());
    }

    @EventHandler
    void on(CommuneRegisteredEvent event) {
        places.put("commune:" + event.cut().value(), event.name());
    }

    @EventHandler
    void on(FundCallPublishedEvent event) {
        places.put("call:" + event.callId(), event.terms().title());
    }

    @EventHandler
    void on(FundCallAmendedEvent event) {
        places.put("call:" + event.callId(), event.terms().title());
        applications.collection().updateMany(Filters.eq("callId", event.callId()),
                Updates.set("callTitle", event.terms().title()));
    }

    @EventHandler
    void on(FundApplicationDraftedEvent event, @SequenceNumber long sequence) {
        String region = event.commune().regionCode();
        applications.create(event.applicationId(), sequence, new Document()
                .append("callId", event.callId())
                .append("callTitle", places.get("call:" + event.callId()))
                .append("commune", event.commune().value())
                .append("communeName", places.get("commune:" + event.commune().value()))
                .append("regionCode", region)
                .append("regionName", places.get("region:" + region))
                .append("group", null)
                .append("title", event.title())
                .append("description", event.description())
                .append("requestedAmount", event.requestedAmount().amount())
                .append("beneficiaries", event.beneficiaries())
                .append("status", FundApplicationStatus.DRAFT.name())
                .append("admissibilityReasons", List.of())
                .append("evaluations", List.of())
                .append("tranches", List.of())
                .append("disbursedAmount", 0L)
                .append("draftedAt", date(event.draftedAt())));
    }

    @EventHandler
    void on(FundApplicationSubmittedEvent event, @SequenceNumber long sequence) {
        applications.update(event.applicationId(), sequence, status(FundApplicationStatus.SUBMITTED),
                Updates.set("group", event.group().number()), Updates.set("submittedAt", date(event.submittedAt())));
    }

    @EventHandler
    void on(FundApplicationDeclaredAdmissibleEvent event, @SequenceNumber long sequence) {
        applications.update(event.applicationId(), sequence, status(FundApplicationStatus.ADMISSIBLE),
                Updates.set("admissibilityReasons", event.notes()));
    }

    @EventHandler
    void on(FundApplicationDeclaredInadmissibleEvent event, @SequenceNumber long sequence) {
        applications.update(event.applicationId(), sequence, status(FundApplicationStatus.INADMISSIBLE),
                Updates.set("admissibilityReasons", event.reasons()), Updates.set("decidedAt", date(event.decidedAt())));
    }

    @EventHandler
    void on(FundApplicationEvaluatedEvent event, @SequenceNumber long sequence) {
        Document current = applications.find(event.applicationId());
        int evaluated = current == null ? 0 : current.getList("evaluations", Document.class).size();
        List<Document> scores = event.scores().stream()
                .map(s -> new Document("criterionId", s.criterionId()).append("score", s.score())).toList();
        applications.update(event.applicationId(), sequence,
                status(evaluated + 1 >= 2 ? FundApplicationStatus.EVALUATED : FundApplicationStatus.UNDER_EVALUATION),
                Updates.push("evaluations", new Document("evaluatorId", event.evaluatorId())
                        .append("scores", scores)
                        .append("weightedScore", event.weightedScore().toPlainString())
                        .append("evaluatedAt", date(event.evaluatedAt()))));
    }

    @EventHandler
    void on(FundApplicationAwardedEvent event, @SequenceNumber long sequence) {
        applications.update(event.applicationId(), sequence, status(FundApplicationStatus.AWARDED),
                Updates.set("awardedAmount", event.amount().amount()),
                Updates.set("finalScore", event.finalScore().toPlainString()),
                Updates.set("awardedAt", date(event.awardedAt())), Updates.set("decidedAt", date(event.awardedAt())));
    }

    @EventHandler
    void on(FundApplicationRejectedEvent event, @SequenceNumber long sequence) {
        applications.update(event.applicationId(), sequence, status(FundApplicationStatus.REJECTED),
                Updates.set("rejectionReason", event.reason()),
                Updates.set("finalScore", event.finalScore() == null ? null : event.finalScore().toPlainString()),
                Updates.set("decidedAt", date(event.rejectedAt())));
    }

    @EventHandler
    void on(FundAgreementSignedEvent event, @SequenceNumber long sequence) {
        applications.update(event.applicationId(), sequence, status(FundApplicationStatus.AGREEMENT_SIGNED),
                Updates.set("agreementReference", event.agreementReference()),
                Updates.set("agreementSignedAt", date(event.signedAt())));
    }

    @EventHandler
    void on(FundTranchePaidEvent event, @SequenceNumber long sequence) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.push("tranches", new Document("tranche", event.tranche())
                        .append("amount", event.amount().amount())
                        .append("paidAt", date(event.paidAt()))
                        .append("reportStatus", "PENDING")),
                Updates.inc("disbursedAmount", event.amount().amount())));
        if (event.tranche() == 1) {
            updates.add(Updates.set("firstDisbursementAt", date(event.paidAt())));
        }
        applications.update(event.applicationId(), sequence, updates.toArray(Bson[]::new));
    }

    @EventHandler
    void on(FundReportSubmittedEvent event, @SequenceNumber long sequence) {
        String at = "tranches." + (event.tranche() - 1) + ".";
        applications.update(event.applicationId(), sequence, Updates.set(at + "reportStatus", "SUBMITTED"),
                Updates.set(at + "reportSummary", event.summary()),
                Updates.set(at + "amountAccounted", event.amountAccounted().amount()));
    }

    @EventHandler
    void on(FundReportAcceptedEvent event, @SequenceNumber long sequence) {
        applications.update(event.applicationId(), sequence,
                Updates.set("tranches." + (event.tranche() - 1) + ".reportStatus", "ACCEPTED"));
    }

    @EventHandler
    void on(FundReportObservedEvent event, @SequenceNumber long sequence) {
        String at = "tranches." + (event.tranche() - 1) + ".";
        applications.update(event.applicationId(), sequence, Updates.set(at + "reportStatus", "OBSERVED"),
                Updates.set(at + "observations", event.observations()));
    }

    @EventHandler
    void on(FundApplicationClosedEvent event, @SequenceNumber long sequence) {
        applications.update(event.applicationId(), sequence, status(FundApplicationStatus.CLOSED),
                Updates.set("closedAt", date(event.closedAt())));
    }

    @QueryHandler
    FundApplicationView handle(FindFundApplicationQuery query) {
        Document d = applications.find(query.applicationId());
        if (d == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No fund application " + query.applicationId());
        }
        return FundApplicationDocuments.toView(d);
    }

    @QueryHandler
    FundApplicationPageView handle(FindFundApplicationsQuery query) {
        List<Bson> filters = new ArrayList<>();
        addEq(filters, "callId", query.callId());
        addEq(filters, "commune", query.commune());
        addEq(filters, "regionCode", query.regionCode());
        addEq(filters, "status", query.status() == null ? null : query.status().name());
        addEq(filters, "group", query.group());
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        long total = applications.collection().countDocuments(filter);
        List<FundApplicationSummaryView> items = new ArrayList<>();
        applications.collection().find(filter).sort(Sorts.ascending("draftedAt", "_id"))
                .skip(query.page() * query.size()).limit(query.size())
                .forEach(d -> items.add(FundApplicationDocuments.toSummary(d)));
        int pages = (int) ((total + query.size() - 1) / query.size());
        return new FundApplicationPageView(items, query.page(), query.size(), total, pages);
    }

    private static void addEq(List<Bson> filters, String field, Object value) {
        if (value != null) {
            filters.add(Filters.eq(field, value));
        }
    }

    private static Bson status(FundApplicationStatus status) {
        return Updates.set("status", status.name());
    }

}
