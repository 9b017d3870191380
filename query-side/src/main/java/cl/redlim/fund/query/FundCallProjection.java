package cl.redlim.fund.query;

import cl.redlim.fund.api.*;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.readmodel.SequencedDocuments;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static cl.redlim.readmodel.DocValues.date;
import static cl.redlim.readmodel.DocValues.instant;
import static cl.redlim.readmodel.DocValues.longValue;

/** Each call's public state: its terms and the money awarded and left, in total and per commune group. */
@Component
@ProcessingGroup("fund-calls")
class FundCallProjection {

    private final SequencedDocuments calls;
    private final Clock clock;

    FundCallProjection(MongoDatabase readModelDatabase, Clock clock) {
        this.calls = new SequencedDocuments(readModelDatabase.getCollection("fund_calls"));
        this.clock = clock;
    }

    @EventHandler
    void on(FundCallPublishedEvent event, @SequenceNumber long sequence) {
        Document doc = terms(new Document(), event.terms())
                .append("publishedAt", date(event.publishedAt()))
                .append("closedAt", null)
                .append("awarded", 0L)
                .append("awardedApplications", 0);
        for (int g = 1; g <= 5; g++) {
            doc.append("awardedGroup" + g, 0L);
        }
        calls.create(event.callId(), sequence, doc);
    }

    @EventHandler
    void on(FundCallAmendedEvent event, @SequenceNumber long sequence) {
        List<Bson> sets = new ArrayList<>();
        terms(new Document(), event.terms()).forEach((k, v) -> sets.add(Updates.set(k, v)));
        calls.update(event.callId(), sequence, sets.toArray(Bson[]::new));
    }

    @EventHandler
    void on(FundCallClosedEvent event, @SequenceNumber long sequence) {
        calls.update(event.callId(), sequence, Updates.set("closedAt", date(event.closedAt())));
    }

    @EventHandler
    void on(FundCallBudgetAllocatedEvent event, @SequenceNumber long sequence) {
        calls.update(event.callId(), sequence,
                Updates.inc("awarded", event.amount().amount()),
                Updates.inc("awardedGroup" + event.group().number(), event.amount().amount()),
                Updates.inc("awardedApplications", 1));
    }

    @QueryHandler
    FundCallView handle(FindFundCallQuery query) {
        Document d = calls.find(query.callId());
        if (d == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No fund call " + query.callId());
        }
        return toView(d);
    }

    @QueryHandler
    FundCallListView handle(FindFundCallsQuery query) {
        List<FundCallView> items = new ArrayList<>();
        calls.collection().find().sort(Sorts.descending("opensAt")).forEach(d -> items.add(toView(d)));
        return new FundCallListView(items);
    }

    private static Document terms(Document doc, FundCallTerms terms) {
        List<Document> caps = terms.groupCaps().stream()
                .map(c -> new Document("group", c.group().number()).append("cap", c.cap().amount())).toList();
        List<Document> criteria = terms.criteria().stream()
                .map(c -> new Document("id", c.id()).append("name", c.name()).append("weight", c.weight())).toList();
        return doc.append("title", terms.title())
                .append("totalBudget", terms.totalBudget().amount())
                .append("groupCaps", caps)
                .append("opensAt", date(terms.opensAt()))
                .append("closesAt", date(terms.closesAt()))
                .append("criteria", criteria)
                .append("minimumScore", terms.minimumScore());
    }

    private FundCallView toView(Document d) {
        Instant now = clock.instant();
        Instant opensAt = instant(d, "opensAt");
        Instant closesAt = instant(d, "closesAt");
        Instant closedAt = instant(d, "closedAt");
        FundCallStatus status = closedAt != null || !now.isBefore(closesAt) ? FundCallStatus.CLOSED
                : now.isBefore(opensAt) ? FundCallStatus.PUBLISHED : FundCallStatus.OPEN;
        long total = longValue(d, "totalBudget");
        long awarded = longValue(d, "awarded");
        List<GroupBudgetView> groups = new ArrayList<>();
        for (Document cap : d.getList("groupCaps", Document.class)) {
            int group = cap.getInteger("group");
            long capAmount = longValue(cap, "cap");
            long groupAwarded = longValue(d, "awardedGroup" + group);
            groups.add(new GroupBudgetView(group, capAmount, groupAwarded, Math.max(0, capAmount - groupAwarded)));
        }
        groups.sort((a, b) -> Integer.compare(a.group(), b.group()));
        List<ScoringCriterion> criteria = d.getList("criteria", Document.class).stream()
                .map(c -> new ScoringCriterion(c.getString("id"), c.getString("name"), c.getInteger("weight")))
                .toList();
        return new FundCallView(d.getString("_id"), d.getString("title"), status, total, awarded, total - awarded,
                instant(d, "publishedAt"), opensAt, closesAt, closedAt, d.getInteger("minimumScore"), criteria,
                groups, d.getInteger("awardedApplications", 0), longValue(d, SequencedDocuments.VERSION));
    }
}
