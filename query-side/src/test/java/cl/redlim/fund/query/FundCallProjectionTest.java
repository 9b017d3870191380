package cl.redlim.fund.query;

import cl.redlim.fund.api.FindFundCallQuery;
import cl.redlim.fund.api.FindFundCallsQuery;
import cl.redlim.fund.api.FundCallAmendedEvent;
import cl.redlim.fund.api.FundCallBudgetAllocatedEvent;
import cl.redlim.fund.api.FundCallClosedEvent;
import cl.redlim.fund.api.FundCallPublishedEvent;
import cl.redlim.fund.api.FundCallStatus;
import cl.redlim.fund.api.FundCallTerms;
import cl.redlim.fund.api.FundCallView;
import cl.redlim.fund.api.GroupBudgetView;
import cl.redlim.fund.api.GroupCap;
import cl.redlim.fund.api.ScoringCriterion;
import cl.redlim.kernel.Clp;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.readmodel.InMemoryMongo;
import cl.redlim.territory.api.CommuneGroup;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FundCallProjectionTest {

    static final Instant PUBLISHED_AT = Instant.parse("2025-02-01T12:00:00Z");
    static final Instant OPENS_AT = Instant.parse("2025-03-01T12:00:00Z");
    static final Instant CLOSES_AT = Instant.parse("2025-04-30T12:00:00Z");
    static final Instant INSIDE_WINDOW = Instant.parse("2025-03-15T12:00:00Z");

    static final FundCallTerms TERMS = new FundCallTerms("FIM 2025", Clp.of(1_000_000_000),
            List.of(new GroupCap(CommuneGroup.GROUP_5, Clp.of(500_000_000)),
                    new GroupCap(CommuneGroup.GROUP_1, Clp.of(200_000_000)),
                    new GroupCap(CommuneGroup.GROUP_3, Clp.of(300_000_000))),
            OPENS_AT, CLOSES_AT,
            List.of(new ScoringCriterion("impact", "Impacto", 50), new ScoringCriterion("feasibility", "Factibilidad", 30),
                    new ScoringCriterion("innovation", "Innovación", 20)),
            60);

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    private MongoDatabase database;
    private FundCallProjection projection;


    @BeforeEach
    void freshProjection() {
        database = mongo.freshDatabase();
        projection = at(INSIDE_WINDOW);
    }

    private FundCallProjection at(Instant now) {
        return new FundCallProjection(database, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void givenPublished_thenTermsAndTheWholeBudgetAreShown() {
        projection.on(new FundCallPublishedEvent("call-a", TERMS, PUBLISHED_AT), 0);

        FundCallView view = projection.handle(new FindFundCallQuery("call-a"));

        assertThat(view.callId()).isEqualTo("call-a");
        assertThat(view.title()).isEqualTo("FIM 2025");
        assertThat(view.totalBudget()).isEqualTo(1_000_000_000);
        assertThat(view.awarded()).isZero();
        assertThat(view.remaining()).isEqualTo(1_000_000_000);
        assertThat(view.publishedAt()).isEqualTo(PUBLISHED_AT);
        assertThat(view.opensAt()).isEqualTo(OPENS_AT);
        assertThat(view.closesAt()).isEqualTo(CLOSES_AT);
        assertThat(view.closedAt()).isNull();
        assertThat(view.minimumScore()).isEqualTo(60);
        assertThat(view.criteria()).isEqualTo(TERMS.criteria());
        assertThat(view.groups()).containsExactly(
                new GroupBudgetView(1, 200_000_000, 0, 200_000_000),
                new GroupBudgetView(3, 300_000_000, 0, 300_000_000),
                new GroupBudgetView(5, 500_000_000, 0, 500_000_000));
        assertThat(view.awardedApplications()).isZero();
        assertThat(view.version()).isZero();
    }

    @Test
    void givenAllocations_thenAwardedAndRemainingInTotalAndPerGroup() {
        projection.on(new FundCallPublishedEvent("call-a", TERMS, PUBLISHED_AT), 0);

        projection.on(allocation("app-1", CommuneGroup.GROUP_1, 120_000_000), 1);
        projection.on(allocation("app-2", CommuneGroup.GROUP_3, 80_000_000), 2);
        projection.on(allocation("app-3", CommuneGroup.GROUP_1, 50_000_000), 3);

        FundCallView view = projection.handle(new FindFundCallQuery("call-a"));
        assertThat(view.awarded()).isEqualTo(250_000_000);
        assertThat(view.remaining()).isEqualTo(750_000_000);
        assertThat(view.awardedApplications()).isEqualTo(3);
        assertThat(view.groups()).containsExactly(
                new GroupBudgetView(1, 200_000_000, 170_000_000, 30_000_000),
                new GroupBudgetView(3, 300_000_000, 80_000_000, 220_000_000),
                new GroupBudgetView(5, 500_000_000, 0, 500_000_000));
        assertThat(view.version()).isEqualTo(3);
    }

    @Test
    void givenAllocation_whenRedeliveredWithSameSequence_thenCountedOnce() {
        projection.on(new FundCallPublishedEvent("call-a", TERMS, PUBLISHED_AT), 0);
        FundCallBudgetAllocatedEvent allocation = allocation("app-1", CommuneGroup.GROUP_3, 120_000_000);
        projection.on(allocation, 1);

        projection.on(allocation, 1);

        FundCallView view = projection.handle(new FindFundCallQuery("call-a"));
        assertThat(view.awarded()).isEqualTo(120_000_000);
        assertThat(view.awardedApplications()).isEqualTo(1);
        assertThat(view.groups()).filteredOn(g -> g.group() == 3).singleElement()
                .isEqualTo(new GroupBudgetView(3, 300_000_000, 120_000_000, 180_000_000));
    }

    @Test
    void givenNewerEvents_whenOlderAllocationRedelivered_thenIgnored() {
        projection.on(new FundCallPublishedEvent("call-a", TERMS, PUBLISHED_AT), 0);
        FundCallBudgetAllocatedEvent first = allocation("app-1", CommuneGroup.GROUP_1, 120_000_000);
        projection.on(first, 1);
        projection.on(allocation("app-2", CommuneGroup.GROUP_5, 10_000_000), 2);
        projection.on(new FundCallClosedEvent("call-a", CLOSES_AT), 3);

        projection.on(first, 1);

        FundCallView view = projection.handle(new FindFundCallQuery("call-a"));
        assertThat(view.awarded()).isEqualTo(130_000_000);
        assertThat(view.awardedApplications()).isEqualTo(2);
        assertThat(view.version()).isEqualTo(3);
    }

    @Test
    void givenWholeHistoryRedeliveredInOrder_thenTheSameView() {
        List<Runnable> history = List.of(
                () -> projection.on(new FundCallPublishedEvent("call-a", TERMS, PUBLISHED_AT), 0),
                () -> projection.on(allocation("app-1", CommuneGroup.GROUP_1, 120_000_000), 1),
                () -> projection.on(allocation("app-2", CommuneGroup.GROUP_3, 80_000_000), 2));
        history.forEach(Runnable::run);
        FundCallView once = projection.handle(new FindFundCallQuery("call-a"));

        history.forEach(Runnable::run);

        assertThat(projection.handle(new FindFundCallQuery("call-a"))).isEqualTo(once);
        assertThat(once.awarded()).isEqualTo(200_000_000);
    }

    @Test
    void givenAmended_thenTheNewTermsReplaceTheOld() {
        projection.on(new FundCallPublishedEvent("call-a", TERMS, PUBLISHED_AT), 0);
        Instant opens = Instant.parse("2025-03-10T12:00:00Z");
        Instant closes = Instant.parse("2025-05-10T12:00:00Z");
        FundCallTerms amended = new FundCallTerms("FIM 2025 (rectificada)", Clp.of(800_000_000),
                List.of(new GroupCap(CommuneGroup.GROUP_2, Clp.of(400_000_000)),
                        new GroupCap(CommuneGroup.GROUP_4, Clp.of(400_000_000))),
                opens, closes,
                List.of(new ScoringCriterion("impact", "Impacto", 70), new ScoringCriterion("cost", "Costo", 30)), 55);

        projection.on(new FundCallAmendedEvent("call-a", amended, Instant.parse("2025-02-10T12:00:00Z")), 1);

        FundCallView view = projection.handle(new FindFundCallQuery("call-a"));
        assertThat(view.title()).isEqualTo("FIM 2025 (rectificada)");
        assertThat(view.totalBudget()).isEqualTo(800_000_000);
        assertThat(view.remaining()).isEqualTo(800_000_000);
        assertThat(view.opensAt()).isEqualTo(opens);
        assertThat(view.closesAt()).isEqualTo(closes);
        assertThat(view.minimumScore()).isEqualTo(55);
        assertThat(view.criteria()).isEqualTo(amended.criteria());
        assertThat(view.groups()).containsExactly(
                new GroupBudgetView(2, 400_000_000, 0, 400_000_000),
                new GroupBudgetView(4, 400_000_000, 0, 400_000_000));
        assertThat(view.publishedAt()).isEqualTo(PUBLISHED_AT);
        assertThat(view.version()).isEqualTo(1);
    }

    @Test
    void givenClosedEarly_thenClosedEvenInsideTheWindow() {
        projection.on(new FundCallPublishedEvent("call-a", TERMS, PUBLISHED_AT), 0);
        Instant closedAt = Instant.parse("2025-03-10T18:00:00Z");

        projection.on(new FundCallClosedEvent("call-a", closedAt), 1);

        FundCallView view = at(INSIDE_WINDOW).handle(new FindFundCallQuery("call-a"));
        assertThat(view.status()).isEqualTo(FundCallStatus.CLOSED);
        assertThat(view.closedAt()).isEqualTo(closedAt);
    }

    @ParameterizedTest(name = "at {0} the call is {1}")
    @CsvSource({
            "2025-02-01T12:00:00Z, PUBLISHED",
            "2025-03-01T11:59:59Z, PUBLISHED",
            "2025-03-01T12:00:00Z, OPEN",
            "2025-04-30T11:59:59Z, OPEN",
            "2025-04-30T12:00:00Z, CLOSED",
            "2025-06-01T00:00:00Z, CLOSED"})
    void statusFollowsTheClock(Instant now, FundCallStatus expected) {
        projection.on(new FundCallPublishedEvent("call-a", TERMS, PUBLISHED_AT), 0);

        assertThat(at(now).handle(new FindFundCallQuery("call-a")).status()).isEqualTo(expected);
    }

    @Test
    void listShowsEveryCallLatestOpeningFirst() {
        FundCallTerms next = new FundCallTerms("FIM 2026", Clp.of(2_000_000_000),
                List.of(new GroupCap(CommuneGroup.GROUP_1, Clp.of(2_000_000_000))),
                Instant.parse("2026-03-01T12:00:00Z"), Instant.parse("2026-04-30T12:00:00Z"),
                TERMS.criteria(), 60);
        FundCallTerms previous = new FundCallTerms("FIM 2024", Clp.of(500_000_000),
                List.of(new GroupCap(CommuneGroup.GROUP_1, Clp.of(500_000_000))),
                Instant.parse("2024-03-01T12:00:00Z"), Instant.parse("2024-04-30T12:00:00Z"),
                TERMS.criteria(), 60);
        projection.on(new FundCallPublishedEvent("call-a", TERMS, PUBLISHED_AT), 0);
        projection.on(new FundCallPublishedEvent("call-c", previous, Instant.parse("2024-02-01T12:00:00Z")), 0);
        projection.on(new FundCallPublishedEvent("call-b", next, Instant.parse("2026-02-01T12:00:00Z")), 0);

        List<FundCallView> items = projection.handle(new FindFundCallsQuery()).items();

        assertThat(items).extracting(FundCallView::callId).containsExactly("call-b", "call-a", "call-c");
        assertThat(items).extracting(FundCallView::status)
                .containsExactly(FundCallStatus.PUBLISHED, FundCallStatus.OPEN, FundCallStatus.CLOSED);
    }

    @Test
    void givenUnknownCall_whenFound_thenNotFound() {
        assertThatThrownBy(() -> projection.handle(new FindFundCallQuery("nope")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    private static FundCallBudgetAllocatedEvent allocation(String applicationId, CommuneGroup group, long amount) {
        return new FundCallBudgetAllocatedEvent("call-a", applicationId, group, Clp.of(amount), INSIDE_WINDOW);
    }
}
