package cl.redlim.transparency.query;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.readmodel.DocValues;
import cl.redlim.readmodel.SequencedDocuments;
import cl.redlim.transparency.api.*;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public read model of access requests and each municipality's compliance. It never handles
 * {@link AccessRequesterIdentifiedEvent}: who asked is not in this collection at all.
 */
@Component
@ProcessingGroup("transparency-access-requests")
class AccessRequestProjection {

    static final String COLLECTION = "transparency_access_requests";
    private static final ZoneId CHILE = ZoneId.of("America/Santiago");

    private final SequencedDocuments requests;
    private final Clock clock;

    AccessRequestProjection(MongoDatabase readModelDatabase, Clock clock) {
        this.requests = new SequencedDocuments(readModelDatabase.getCollection(COLLECTION));
        this.clock = clock;
    }

    @EventHandler
    void on(AccessRequestReceivedEvent e, @SequenceNumber long sequence) {
        requests.create(e.requestId(), sequence, new Document("commune", e.commune().value())
                .append("subject", e.subject()).append("channel", e.channel().name())
                .append("status", AccessRequestStatus.RECEIVED.name())
                .append("receivedAt", Date.from(e.receivedAt())).append("receivedOn", e.receivedOn().toString())
                .append("legalDeadline", e.deadline().toString()).append("deadline", e.deadline().toString())
                .append("extended", false).append("deadlineChanges", List.of()).append("oppositions", 0)
                .append("withheldParts", List.of()).append("denialGrounds", List.of()).append("documentIds", List.of()));
    }

    @EventHandler
    void on(AccessRequestDeadlineExtendedEvent e, @SequenceNumber long sequence) {
        requests.update(e.requestId(), sequence, Updates.set("deadline", e.deadline().toString()),
                Updates.set("extended", true), Updates.set("extensionReasons", e.reasons()),
                Updates.push("deadlineChanges", change(e.previousDeadline(), e.deadline(),
                        "Extension (art. 14): " + e.reasons(), e.notifiedAt())));
    }

    @EventHandler
    void on(AccessRequestDeadlineRecomputedEvent e, @SequenceNumber long sequence) {
        requests.update(e.requestId(), sequence, Updates.set("deadline", e.deadline().toString()),
                Updates.set("legalDeadline", e.legalDeadline().toString()),
                Updates.push("deadlineChanges", change(e.previousDeadline(), e.deadline(), e.reason(),
                        e.recomputedAt())));
    }

    @EventHandler
    void on(AccessRequestTransferredEvent e, @SequenceNumber long sequence) {
        requests.update(e.requestId(), sequence, Updates.set("status", AccessRequestStatus.TRANSFERRED.name()),
                Updates.set("transferredTo", e.competentBody()));
    }

    @EventHandler
    void on(ThirdPartyOppositionRecordedEvent e, @SequenceNumber long sequence) {
        requests.update(e.requestId(), sequence, Updates.inc("oppositions", 1));
    }

    @EventHandler
    void on(AccessRequestAnsweredEvent e, @SequenceNumber long sequence) {
        requests.update(e.requestId(), sequence, Updates.set("status", AccessRequestStatus.ANSWERED.name()),
                Updates.set("outcome", e.outcome().name()), Updates.set("answerSummary", e.summary()),
                Updates.set("withheldParts", e.withheldParts().stream().map(p -> new Document("description",
                        p.description()).append("ground", p.ground().name())).toList()),
                Updates.set("denialGrounds", e.denialGrounds().stream().map(Enum::name).toList()),
                Updates.set("documentIds", e.documentIds()), Updates.set("answeredAt", Date.from(e.answeredAt())),
                Updates.set("answeredOnTime", e.onTime()), Updates.set("businessDaysToAnswer", e.businessDaysTaken()));
    }

    @EventHandler
    void on(AnswerDocumentLinkedEvent e, @SequenceNumber long sequence) {
        requests.update(e.requestId(), sequence, Updates.addToSet("documentIds", e.documentId()));
    }

    @EventHandler
    void on(AmparoFiledEvent e, @SequenceNumber long sequence) {
        requests.update(e.requestId(), sequence, Updates.set("amparo", new Document("basis", e.basis().name())
                .append("cpltCase", e.cpltCase()).append("filedAt", Date.from(e.filedAt()))
                .append("filingLimit", e.filingLimit().toString())));
    }

    @EventHandler
    void on(AmparoResolvedEvent e, @SequenceNumber long sequence) {
        requests.update(e.requestId(), sequence, Updates.set("amparo.outcome", e.outcome().name()),
                Updates.set("amparo.decisionReference", e.decisionReference()),
                Updates.set("amparo.resolvedAt", Date.from(e.resolvedAt())));
    }

    @QueryHandler
    AccessRequestView handle(FindAccessRequestQuery query) {
        Document d = requests.find(query.requestId());
        if (d == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No access request " + query.requestId());
        }
        return toView(d, today());
    }

    @QueryHandler
    AccessRequestListView handle(FindAccessRequestsQuery query) {
        LocalDate today = today();
        List<Bson> filters = new ArrayList<>();
        if (query.commune() != null) {
            filters.add(Filters.eq("commune", query.commune()));
        }
        if (query.overdueOnly()) {
            filters.add(Filters.eq("status", AccessRequestStatus.RECEIVED.name()));
            filters.add(Filters.lt("deadline", today.toString()));
        }
        List<AccessRequestView> items = new ArrayList<>();
        requests.collection().find(filters.isEmpty() ? new Document() : Filters.and(filters))
                .sort(Sorts.ascending("receivedAt", "_id")).forEach(d -> items.add(toView(d, today)));
        return new AccessRequestListView(items, items.size());
    }

    @QueryHandler
    AccessRequestComplianceListView handle(FindAccessRequestComplianceQuery query) {
        LocalDate today = today();
        Map<String, Compliance> byCommune = new TreeMap<>();
        requests.collection().find(query.commune() == null ? new Document() : Filters.eq("commune", query.commune()))
                .forEach(d -> byCommune.computeIfAbsent(d.getString("commune"), c -> new Compliance(c, today))
                        .add(toView(d, today)));
        if (query.commune() != null && byCommune.isEmpty()) {
            byCommune.put(query.commune(), new Compliance(query.commune(), today));
        }
        List<AccessRequestComplianceView> items = byCommune.values().stream().map(Compliance::view).toList();
        return new AccessRequestComplianceListView(items, items.size());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHILE));
    }

    private static Document change(LocalDate from, LocalDate to, String reason, Instant at) {
        return new Document("from", from.toString()).append("to", to.toString()).append("reason", reason)
                .append("at", Date.from(at));
    }

    private static AccessRequestView toView(Document d, LocalDate today) {
        AccessRequestStatus status = AccessRequestStatus.valueOf(d.getString("status"));
        LocalDate deadline = LocalDate.parse(d.getString("deadline"));
        List<DeadlineChange> changes = d.getList("deadlineChanges", Document.class).stream()
                .map(c -> new DeadlineChange(LocalDate.parse(c.getString("from")), LocalDate.parse(c.getString("to")),
                        c.getString("reason"), c.getDate("at").toInstant())).toList();
        List<WithheldPart> withheld = d.getList("withheldParts", Document.class).stream()
                .map(p -> new WithheldPart(p.getString("description"), Art21Ground.valueOf(p.getString("ground"))))
                .toList();
        Document a = d.get("amparo", Document.class);
        AmparoView amparo = a == null ? null : new AmparoView(AmparoBasis.valueOf(a.getString("basis")),
                a.getString("cpltCase"), a.getDate("filedAt").toInstant(), LocalDate.parse(a.getString("filingLimit")),
                a.getString("outcome") == null ? null : AmparoOutcome.valueOf(a.getString("outcome")),
                a.getString("decisionReference"), a.getDate("resolvedAt") == null ? null
                : a.getDate("resolvedAt").toInstant());
        return new AccessRequestView(d.getString("_id"), d.getString("commune"), d.getString("subject"),
                AccessRequestChannel.valueOf(d.getString("channel")), status, d.getDate("receivedAt").toInstant(),
                LocalDate.parse(d.getString("receivedOn")), LocalDate.parse(d.getString("legalDeadline")), deadline,
                d.getBoolean("extended", false), d.getString("extensionReasons"),
                status == AccessRequestStatus.RECEIVED && today.isAfter(deadline), changes,
                d.getInteger("oppositions", 0), d.getString("transferredTo"),
                d.getString("outcome") == null ? null : AnswerOutcome.valueOf(d.getString("outcome")), withheld,
                d.getList("denialGrounds", String.class).stream().map(Art21Ground::valueOf).toList(),
                d.getList("documentIds", String.class), d.getDate("answeredAt") == null ? null
                : d.getDate("answeredAt").toInstant(), d.getBoolean("answeredOnTime"),
                d.getInteger("businessDaysToAnswer"), amparo, DocValues.longValue(d, SequencedDocuments.VERSION));
    }
}
