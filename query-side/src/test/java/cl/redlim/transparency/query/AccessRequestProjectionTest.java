package cl.redlim.transparency.query;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.readmodel.InMemoryMongo;
import cl.redlim.transparency.api.*;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AccessRequestProjectionTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    /** Mon 20 Oct 2025 at noon in Chile. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2025-10-20T15:00:00Z"), ZoneOffset.UTC);
    static final RequesterContact ANA = new RequesterContact("Ana Pérez Secreta", "ana.secreta@example.cl",
            "+56911112222", "Pasaje Privado 123");

    private MongoDatabase db;
    private AccessRequestProjection requests;
    private AccessRequesterProjection requesters;

    @BeforeEach
    void setUp() {
        db = mongo.freshDatabase();
        requests = new AccessRequestProjection(db, TODAY);
        requesters = new AccessRequesterProjection(db);
    }

    private void receive(String id, String commune, String on, String deadline) {
        requests.on(new AccessRequestReceivedEvent(id, CommuneCode.of(commune), "Contratos " + id,
                AccessRequestChannel.WEB_PORTAL, LocalDate.parse(on).atTime(13, 0).toInstant(ZoneOffset.UTC),
                LocalDate.parse(on), LocalDate.parse(deadline), 0), 0);
        requesters.on(new AccessRequesterIdentifiedEvent(id, ANA));
    }

    private void answer(String id, long seq, AnswerOutcome outcome, boolean onTime, int days, List<WithheldPart> parts,
                        List<Art21Ground> grounds) {
        requests.on(new AccessRequestAnsweredEvent(id, outcome, "Respuesta", parts, grounds, List.of("doc-" + id),
                Instant.parse("2025-10-10T15:00:00Z"), LocalDate.parse("2025-10-10"), LocalDate.parse("2025-10-17"),
                onTime, days), seq);
    }

    @Test
    void complianceOverdueAndHistory() {
        receive("a", "13119", "2025-09-17", "2025-10-17");
        requests.on(new AccessRequestDeadlineExtendedEvent("a", "Volumen", LocalDate.parse("2025-10-17"),
                LocalDate.parse("2025-11-03"), Instant.parse("2025-10-10T12:00:00Z")), 2);
        answer("a", 3, AnswerOutcome.PARTIALLY_GRANTED, true, 17,
                List.of(new WithheldPart("RUT", Art21Ground.ART_21_2)), List.of());
        receive("b", "13119", "2025-09-10", "2025-10-08");
        answer("b", 2, AnswerOutcome.DENIED, false, 22, List.of(), List.of(Art21Ground.ART_21_1_C));
        requests.on(new AmparoFiledEvent("b", AmparoBasis.DENIAL, "C1-25", Instant.parse("2025-10-14T12:00:00Z"),
                LocalDate.parse("2025-11-03")), 3);
        requests.on(new AmparoResolvedEvent("b", AmparoOutcome.UPHELD, "Decisión C1-25",
                Instant.parse("2025-10-18T12:00:00Z")), 4);
        receive("c", "13119", "2025-09-15", "2025-10-15"); // open, past its deadline on 20 Oct: overdue
        receive("d", "13119", "2025-10-01", "2025-10-29"); // open, within its deadline
        requests.on(new AccessRequestDeadlineRecomputedEvent("d", LocalDate.parse("2025-10-29"),
                LocalDate.parse("2025-10-30"), LocalDate.parse("2025-10-30"), 1, "Holiday registered: Ley 99.999",
                Instant.parse("2025-10-02T12:00:00Z")), 2);
        receive("e", "05101", "2025-10-01", "2025-10-29");

        AccessRequestComplianceView maipu = requests.handle(new FindAccessRequestComplianceQuery("13119")).items().get(0);
        assertThat(maipu.received()).isEqualTo(4);
        assertThat(maipu.open()).isEqualTo(2);
        assertThat(maipu.overdue()).isEqualTo(1);
        assertThat(maipu.answered()).isEqualTo(2);
        assertThat(maipu.onTimePercent()).isEqualTo(50.0);
        assertThat(maipu.medianBusinessDaysToAnswer()).isEqualTo(19.5);
        assertThat(maipu.extensionsUsed()).isEqualTo(1);
        assertThat(maipu.denialsByGround()).isEqualTo(Map.of(Art21Ground.ART_21_2, 1, Art21Ground.ART_21_1_C, 1));
        assertThat(maipu.amparosFiled()).isEqualTo(1);
        assertThat(maipu.amparoOutcomes()).isEqualTo(Map.of(AmparoOutcome.UPHELD, 1));
        assertThat(requests.handle(new FindAccessRequestComplianceQuery(null)).total()).isEqualTo(2);

        assertThat(requests.handle(new FindAccessRequestsQuery(null, true)).items())
                .extracting(AccessRequestView::requestId).containsExactly("c");
        AccessRequestView d = requests.handle(new FindAccessRequestQuery("d"));
        assertThat(d.deadline()).isEqualTo(LocalDate.parse("2025-10-30"));
        assertThat(d.deadlineChanges()).extracting(DeadlineChange::reason).containsExactly("Holiday registered: Ley 99.999");
        assertThat(requests.handle(new FindAccessRequestQuery("a")).deadlineChanges()).hasSize(1);
    }

    @Test
    void theRequesterIsOnlyInItsOwnCollection() {
        receive("a", "13119", "2025-09-17", "2025-10-17");
        String publicJson = String.join("\n", db.getCollection(AccessRequestProjection.COLLECTION).find()
                .map(Document::toJson));
        assertThat(publicJson).contains("Contratos a").doesNotContain("Secreta", "ana.secreta", "11112222", "Privado");
        assertThat(requesters.handle(new FindAccessRequesterQuery("a")).requester()).isEqualTo(ANA);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        receive("a", "13119", "2025-09-17", "2025-10-17");
        requests.on(new ThirdPartyOppositionRecordedEvent("a", "g", Instant.parse("2025-09-20T12:00:00Z")), 2);
        requests.on(new ThirdPartyOppositionRecordedEvent("a", "g", Instant.parse("2025-09-20T12:00:00Z")), 2);
        assertThat(requests.handle(new FindAccessRequestQuery("a")).thirdPartyOppositions()).isEqualTo(1);
    }
}
