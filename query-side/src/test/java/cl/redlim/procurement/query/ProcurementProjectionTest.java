package cl.redlim.procurement.query;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.kernel.Rut;
import cl.redlim.procurement.api.BidScore;
import cl.redlim.procurement.api.BidSubmittedEvent;
import cl.redlim.procurement.api.ContractPaymentRecordedEvent;
import cl.redlim.procurement.api.DirectAwardGround;
import cl.redlim.procurement.api.FindProcurementQuery;
import cl.redlim.procurement.api.FindProcurementsQuery;
import cl.redlim.procurement.api.ProcurementCategory;
import cl.redlim.procurement.api.ProcurementItem;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.ProcurementPageView;
import cl.redlim.procurement.api.ProcurementStatus;
import cl.redlim.procurement.api.ProcurementSummaryView;
import cl.redlim.procurement.api.ProcurementView.AwardView;
import cl.redlim.procurement.api.ProcurementView.BidView;
import cl.redlim.procurement.api.ProcurementView.ContractView;
import cl.redlim.procurement.api.ProcurementView;
import cl.redlim.procurement.api.TenderPublishedEvent;
import cl.redlim.procurement.api.TenderType;
import cl.redlim.procurement.query.ProcessHistory.Projections;
import cl.redlim.readmodel.InMemoryMongo;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static cl.redlim.procurement.query.ProcessHistory.bidAward;
import static cl.redlim.procurement.query.ProcessHistory.day;
import static cl.redlim.procurement.query.ProcessHistory.rut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ProcurementProjectionTest {

    static final String ACME = rut("76123456");
    static final String BETA = rut("77654321");
    static final String GAMMA = rut("78111222");

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    private MongoDatabase database;
    private Projections projections;
    private ProcurementQueries queries;

    @BeforeEach
    void freshReadModel() {
        database = mongo.freshDatabase();
        projections = new Projections(new ProcurementProjection(database, RedFlagSettings.defaults()),
                new ProcurementContractProjection(database)).withPlaces();
        queries = new ProcurementQueries(database);
    }

    private ProcurementView view(String id) {
        return queries.handle(new FindProcurementQuery(id));
    }

    private ProcurementPageView list(FindProcurementsQuery query) {
        return queries.handle(query);
    }

    private static FindProcurementsQuery all() {
        return new FindProcurementsQuery(null, null, null, null, null, null, 0, 20);
    }

    @Test
    void publicTenderFromPlanToCompletion() {
        ProcessHistory p = ProcessHistory.tender(projections, "p1", "13119", 40_000_000, day("2025-03-03"));
        ProcurementView planned = view("p1");
        assertThat(planned.buyer()).isEqualTo("13119");
        assertThat(planned.communeName()).isEqualTo("Maipú");
        assertThat(planned.regionCode()).isEqualTo("13");
        assertThat(planned.regionName()).isEqualTo("Metropolitana de Santiago");
        assertThat(planned.title()).isEqualTo("Compra p1");
        assertThat(planned.description()).isEqualTo("Descripción de p1");
        assertThat(planned.category()).isEqualTo(ProcurementCategory.GOODS);
        assertThat(planned.items()).containsExactly(new ProcurementItem("1", "Artículo", 10, "unidad", "44121600", null));
        assertThat(planned.method()).isEqualTo(ProcurementMethod.PUBLIC_TENDER);
        assertThat(planned.tenderType()).isEqualTo(TenderType.LE);
        assertThat(planned.status()).isEqualTo(ProcurementStatus.PLANNED);
        assertThat(planned.estimatedAmount()).isEqualTo(40_000_000);
        assertThat(planned.utmValue()).isEqualTo(50_000);
        assertThat(planned.estimatedUtm()).isEqualTo(new BigDecimal("800.00"));
        assertThat(planned.directAwardGround()).isNull();
        assertThat(planned.bidCount()).isZero();
        assertThat(planned.bids()).isEmpty();
        assertThat(planned.awards()).isEmpty();
        assertThat(planned.contracts()).isEmpty();
        assertThat(planned.flags()).isEmpty();
        assertThat(planned.plannedAt()).isEqualTo(day("2025-03-03"));
        assertThat(planned.publishedAt()).isNull();
        assertThat(planned.version()).isZero();

        p.consulted(day("2025-03-04")).published(day("2025-03-05"), day("2025-03-20"));
        ProcurementView published = view("p1");
        assertThat(published.status()).isEqualTo(ProcurementStatus.TENDERING);
        assertThat(published.marketConsultationSummary()).isEqualTo("Consulta");
        assertThat(published.marketConsultedAt()).isEqualTo(day("2025-03-04"));
        assertThat(published.publishedAt()).isEqualTo(day("2025-03-05"));
        assertThat(published.closesAt()).isEqualTo(day("2025-03-20"));
        assertThat(published.minimumPeriod()).isEqualTo("PT240H");
        assertThat(published.reducedPeriod()).isFalse();
        assertThat(published.flags()).isEmpty();

        p.amended(day("2025-03-10"), day("2025-03-25"), true);
        ProcurementView amended = view("p1");
        assertThat(amended.closesAt()).isEqualTo(day("2025-03-25"));
        assertThat(amended.tenderAmendments()).singleElement().satisfies(a -> {
            assertThat(a.previousClosesAt()).isEqualTo(day("2025-03-20"));
            assertThat(a.closesAt()).isEqualTo(day("2025-03-25"));
            assertThat(a.extendedByRule()).isTrue();
            assertThat(a.rationale()).isEqualTo("Aclaración");
            assertThat(a.amendedAt()).isEqualTo(day("2025-03-10"));
        });

        p.bid("b1", ACME, "Acme SpA", 38_000_000, day("2025-03-12"))
                .bid("b2", "77.654.321-" + Rut.checkDigit("77654321"), "Beta Ltda", 41_000_000, day("2025-03-13"));
        assertThat(view("p1").bidCount()).isEqualTo(2);
        assertThat(view("p1").bids()).isEmpty();

        p.opened(2, day("2025-03-26"));
        ProcurementView opened = view("p1");
        assertThat(opened.status()).isEqualTo(ProcurementStatus.BIDS_OPENED);
        assertThat(opened.openedAt()).isEqualTo(day("2025-03-26"));
        assertThat(opened.bids()).containsExactly(
                new BidView("b1", ACME, "Acme SpA", 38_000_000, null, day("2025-03-12"), null, List.of(), null),
                new BidView("b2", BETA, "Beta Ltda", 41_000_000, null, day("2025-03-13"), null, List.of(), null));

        p.admissible("b1", day("2025-03-27")).inadmissible("b2", day("2025-03-27"), "Sin boleta de garantía")
                .evaluated(day("2025-03-30"), new BidScore("b1", 85));
        ProcurementView evaluated = view("p1");
        assertThat(evaluated.status()).isEqualTo(ProcurementStatus.EVALUATED);
        assertThat(evaluated.evaluationSummary()).isEqualTo("Informe");
        assertThat(evaluated.evaluatedAt()).isEqualTo(day("2025-03-30"));
        assertThat(evaluated.bids()).extracting(BidView::admissible).containsExactly(true, false);
        assertThat(evaluated.bids().get(1).inadmissibilityReasons()).containsExactly("Sin boleta de garantía");
        assertThat(evaluated.bids()).extracting(BidView::score).containsExactly(85, null);

        p.awarded(day("2025-04-02"), bidAward("b1", ACME, "Acme SpA", 38_000_000, null));
        ProcurementView awarded = view("p1");
        assertThat(awarded.status()).isEqualTo(ProcurementStatus.AWARDED);
        assertThat(awarded.awards()).containsExactly(
                new AwardView("b1", "b1", ACME, "Acme SpA", 38_000_000, null, day("2025-04-02")));
        assertThat(awarded.awardedAmount()).isEqualTo(38_000_000);
        assertThat(awarded.awardedAt()).isEqualTo(day("2025-04-02"));

        p.contract("c1", "b1", ACME, 38_000_000, day("2025-04-10"))
                .order("c1", "o1", 20_000_000, day("2025-04-15"))
                .payment("c1", "pay1", 15_000_000, "o1", day("2025-05-15"))
                .contractAmended("c1", 38_000_000, 45_000_000, LocalDate.of(2026, 3, 31), day("2025-06-01"));
        ProcurementView contracted = view("p1");
        assertThat(contracted.status()).isEqualTo(ProcurementStatus.CONTRACTED);
        ContractView contract = contracted.contracts().get(0);
        assertThat(contract.contractId()).isEqualTo("c1");
        assertThat(contract.awardId()).isEqualTo("b1");
        assertThat(contract.supplier()).isEqualTo(ACME);
        assertThat(contract.supplierName()).isEqualTo("Acme SpA");
        assertThat(contract.originalValue()).isEqualTo(38_000_000);
        assertThat(contract.value()).isEqualTo(45_000_000);
        assertThat(contract.ordered()).isEqualTo(20_000_000);
        assertThat(contract.paid()).isEqualTo(15_000_000);
        assertThat(contract.status()).isEqualTo("ACTIVE");
        assertThat(contract.startsOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(contract.endsOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(contract.signedAt()).isEqualTo(day("2025-04-10"));
        assertThat(contract.amendments()).singleElement().satisfies(a -> {
            assertThat(a.previousValue()).isEqualTo(38_000_000);
            assertThat(a.value()).isEqualTo(45_000_000);
            assertThat(a.previousEndsOn()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(a.endsOn()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(a.rationale()).isEqualTo("Obras adicionales");
        });
        assertThat(contract.purchaseOrders()).singleElement().satisfies(o -> {
            assertThat(o.orderId()).isEqualTo("o1");
            assertThat(o.amount()).isEqualTo(20_000_000);
        });
        assertThat(contract.payments()).singleElement().satisfies(pay -> {
            assertThat(pay.paymentId()).isEqualTo("pay1");
            assertThat(pay.orderId()).isEqualTo("o1");
            assertThat(pay.amount()).isEqualTo(15_000_000);
        });

        p.completed(day("2025-06-10"));
        ProcurementView completed = view("p1");
        assertThat(completed.status()).isEqualTo(ProcurementStatus.COMPLETED);
        assertThat(completed.completedAt()).isEqualTo(day("2025-06-10"));
        assertThat(completed.version()).isEqualTo(p.sequence());
        assertThat(completed.flags()).isEmpty();
    }

    @Nested
    class Confidentiality {

        private ProcessHistory p;

        @BeforeEach
        void twoSealedBids() {
            p = ProcessHistory.tender(projections, "p1", "13119", 40_000_000, day("2025-03-03"))
                    .published(day("2025-03-05"), day("2025-03-20"))
                    .bid("b1", ACME, "Acme SpA", 38_123_456, day("2025-03-12"))
                    .bid("b2", BETA, "Beta Ltda", 41_654_321, day("2025-03-13"));
        }

        @Test
        void givenBidsNotOpened_thenOnlyTheirCountIsPublic() {
            ProcurementView view = view("p1");

            assertThat(view.bidCount()).isEqualTo(2);
            assertThat(view.bids()).isEmpty();
            assertThat(view.toString()).doesNotContain(ACME, BETA, "Acme", "Beta", "38123456", "41654321");
            ProcurementSummaryView summary = list(all()).items().get(0);
            assertThat(summary.bidCount()).isEqualTo(2);
            assertThat(summary.toString()).doesNotContain(ACME, "38123456");
        }

        @Test
        void givenBidsNotOpened_whenFilteredByABidder_thenNothingMatches() {
            assertThat(list(new FindProcurementsQuery(null, null, null, null, null, Rut.of(ACME), 0, 20))
                    .totalItems()).isZero();
        }

        @Test
        void givenBidsOpened_thenSuppliersAndAmountsArePublicAndNothingStaysSealed() {
            p.opened(2, day("2025-03-21"));

            assertThat(view("p1").bids()).extracting(BidView::supplier, BidView::amount)
                    .containsExactly(tuple(ACME, 38_123_456L),
                            tuple(BETA, 41_654_321L));
            assertThat(list(new FindProcurementsQuery(null, null, null, null, null, Rut.of(ACME), 0, 20))
                    .items()).extracting(ProcurementSummaryView::processId).containsExactly("p1");
            assertThat(database.getCollection(ProcurementProjection.SEALED_BIDS).countDocuments()).isZero();
        }

        @Test
        void givenBidsOpened_whenABidIsRedelivered_thenNothingIsSealedAgainNorCountedTwice() {
            p.opened(2, day("2025-03-21"));

            projections.processes().on(new BidSubmittedEvent("p1", "b1", Rut.of(ACME),
                    "Acme SpA", Clp.of(38_123_456), null, List.of(), day("2025-03-12")), 2);

            assertThat(database.getCollection(ProcurementProjection.SEALED_BIDS).countDocuments()).isZero();
            assertThat(view("p1").bidCount()).isEqualTo(2);
            assertThat(view("p1").bids()).hasSize(2);
        }
    }

    @Test
    void aVoidTender() {
        ProcessHistory.tender(projections, "p1", "13101", 40_000_000, day("2025-03-03"))
                .published(day("2025-03-05"), day("2025-03-20"))
                .opened(0, day("2025-03-21"))
                .voided("Sin ofertas", day("2025-03-22"));

        ProcurementView view = view("p1");
        assertThat(view.status()).isEqualTo(ProcurementStatus.VOID);
        assertThat(view.voidReason()).isEqualTo("Sin ofertas");
        assertThat(view.voidAt()).isEqualTo(day("2025-03-22"));
        assertThat(view.awards()).isEmpty();
        assertThat(view.flags()).isEmpty();
    }

    @Test
    void aDirectAwardCarriesItsGroundAndJustification() {
        ProcessHistory.direct(projections, "d1", "13101", 8_000_000, DirectAwardGround.EMERGENCY, day("2025-03-03"))
                .awardedTo(ACME, "Acme SpA", 7_900_000, day("2025-03-04"));

        ProcurementView view = view("d1");
        assertThat(view.method()).isEqualTo(ProcurementMethod.DIRECT_AWARD);
        assertThat(view.tenderType()).isNull();
        assertThat(view.directAwardGround()).isEqualTo(DirectAwardGround.EMERGENCY);
        assertThat(view.justification()).isEqualTo("Justificación de d1");
        assertThat(view.status()).isEqualTo(ProcurementStatus.AWARDED);
        assertThat(view.awards()).containsExactly(
                new AwardView("aw-d1", null, ACME, "Acme SpA", 7_900_000, null, day("2025-03-04")));
        assertThat(view.publishedAt()).isNull();
    }

    @Test
    void aMultiLotAwardAddsUpAndTerminatingOneContractLeavesTheProcessContracted() {
        ProcessHistory p = ProcessHistory.tender(projections, "p1", "13101", 60_000_000, day("2025-03-03"))
                .published(day("2025-03-05"), day("2025-03-20"))
                .bid("b1", ACME, "Acme SpA", 30_000_000, "1", day("2025-03-10"))
                .bid("b2", BETA, "Beta Ltda", 25_000_000, "2", day("2025-03-11"))
                .opened(2, day("2025-03-21"))
                .awarded(day("2025-03-25"), bidAward("b1", ACME, "Acme SpA", 30_000_000, "1"),
                        bidAward("b2", BETA, "Beta Ltda", 25_000_000, "2"))
                .contract("c1", "b1", ACME, 30_000_000, day("2025-04-01"))
                .contract("c2", "b2", BETA, 25_000_000, day("2025-04-01"))
                .terminated("c1", "Incumplimiento grave", day("2025-05-01"));

        ProcurementView view = view("p1");
        assertThat(view.bids()).extracting(BidView::lot).containsExactly("1", "2");
        assertThat(view.awards()).extracting(AwardView::lot).containsExactly("1", "2");
        assertThat(view.awardedAmount()).isEqualTo(55_000_000);
        assertThat(view.contracts()).extracting(ContractView::status).containsExactly("TERMINATED", "ACTIVE");
        assertThat(view.contracts().get(0).terminationReason()).isEqualTo("Incumplimiento grave");
        assertThat(view.contracts().get(0).terminatedAt()).isEqualTo(day("2025-05-01"));
        assertThat(view.contracts().get(1).supplierName()).isEqualTo("Beta Ltda");
        assertThat(view.status()).isEqualTo(ProcurementStatus.CONTRACTED);

        p.terminated("c2", "Mutuo acuerdo", day("2025-05-02"));
        assertThat(view("p1").status()).isEqualTo(ProcurementStatus.TERMINATED);
    }

    @Test
    void givenAnAwardWithoutContract_whenTheOnlyContractIsTerminated_thenTheProcessIsNotTerminated() {
        ProcessHistory.tender(projections, "p1", "13101", 60_000_000, day("2025-03-03"))
                .published(day("2025-03-05"), day("2025-03-20"))
                .bid("b1", ACME, "Acme SpA", 30_000_000, "1", day("2025-03-10"))
                .bid("b2", BETA, "Beta Ltda", 25_000_000, "2", day("2025-03-11"))
                .opened(2, day("2025-03-21"))
                .awarded(day("2025-03-25"), bidAward("b1", ACME, "Acme SpA", 30_000_000, "1"),
                        bidAward("b2", BETA, "Beta Ltda", 25_000_000, "2"))
                .contract("c1", "b1", ACME, 30_000_000, day("2025-04-01"))
                .terminated("c1", "Incumplimiento grave", day("2025-05-01"));

        assertThat(view("p1").status()).isEqualTo(ProcurementStatus.CONTRACTED);
    }

    @Test
    void aCommuneWithoutRegisteredNamesStillHasItsRegionFromTheCut() {
        ProcessHistory.tender(projections, "p1", "05101", 4_000_000, day("2025-03-03"));

        ProcurementView view = view("p1");
        assertThat(view.buyer()).isEqualTo("05101");
        assertThat(view.regionCode()).isEqualTo("05");
        assertThat(view.communeName()).isNull();
        assertThat(view.regionName()).isNull();
    }

    @Test
    void anUnknownProcessIsNotFound() {
        assertThatThrownBy(() -> view("nope")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Nested
    class Filters {

        @BeforeEach
        void processes() {
            // fed out of planning order: lists follow plannedAt
            ProcessHistory.tender(projections, "lp", "13101", 75_000_000, day("2025-03-05"))
                    .published(day("2025-03-06"), day("2025-03-30"))
                    .bid("b1", ACME, "Acme SpA", 70_000_000, day("2025-03-10"))
                    .bid("b2", BETA, "Beta Ltda", 72_000_000, day("2025-03-11"))
                    .opened(2, day("2025-03-31"))
                    .awarded(day("2025-04-05"), bidAward("b2", BETA, "Beta Ltda", 72_000_000, null));
            ProcessHistory.tender(projections, "le", "13119", 10_000_000, day("2025-03-01"))
                    .published(day("2025-03-02"), day("2025-03-15"));
            ProcessHistory.compraAgil(projections, "ca", "08101", 3_000_000, day("2025-03-03"));
            ProcessHistory.direct(projections, "da", "13101", 2_000_000, DirectAwardGround.SOLE_SUPPLIER,
                            day("2025-03-04"))
                    .awardedTo(GAMMA, "Gamma SA", 2_000_000, day("2025-03-06"));
            ProcessHistory.tender(projections, "sealed", "13101", 10_000_000, day("2025-03-06"))
                    .published(day("2025-03-07"), day("2025-03-30"))
                    .bid("b1", GAMMA, "Gamma SA", 9_000_000, day("2025-03-10"));
        }

        private List<String> ids(FindProcurementsQuery query) {
            return list(query).items().stream().map(ProcurementSummaryView::processId).toList();
        }

        @Test
        void everythingInPlanningOrder() {
            assertThat(ids(all())).containsExactly("le", "ca", "da", "lp", "sealed");
        }

        @Test
        void byCommuneAndRegion() {
            assertThat(ids(new FindProcurementsQuery("13101", null, null, null, null, null, 0, 20)))
                    .containsExactly("da", "lp", "sealed");
            assertThat(ids(new FindProcurementsQuery(null, "08", null, null, null, null, 0, 20))).containsExactly("ca");
            assertThat(ids(new FindProcurementsQuery(null, "13", null, null, null, null, 0, 20)))
                    .containsExactly("le", "da", "lp", "sealed");
        }

        @Test
        void byMethodTenderTypeAndStatus() {
            assertThat(ids(new FindProcurementsQuery(null, null, ProcurementMethod.PUBLIC_TENDER, null, null, null, 0,
                    20))).containsExactly("le", "lp", "sealed");
            assertThat(ids(new FindProcurementsQuery(null, null, null, TenderType.LP, null, null, 0, 20)))
                    .containsExactly("lp");
            assertThat(ids(new FindProcurementsQuery(null, null, null, null, ProcurementStatus.AWARDED, null, 0, 20)))
                    .containsExactly("da", "lp");
            assertThat(ids(new FindProcurementsQuery("13101", null, ProcurementMethod.PUBLIC_TENDER, null,
                    ProcurementStatus.TENDERING, null, 0, 20))).containsExactly("sealed");
        }

        @Test
        void bySupplierAwardedOrBiddingInOpenedBids() {
            assertThat(ids(new FindProcurementsQuery(null, null, null, null, null, Rut.of(BETA), 0, 20)))
                    .containsExactly("lp");
            assertThat(ids(new FindProcurementsQuery(null, null, null, null, null, Rut.of(ACME), 0, 20)))
                    .as("a losing bidder, once bids are opened").containsExactly("lp");
            assertThat(ids(new FindProcurementsQuery(null, null, null, null, null, Rut.of(GAMMA), 0, 20)))
                    .as("awarded directly; its sealed bid does not count").containsExactly("da");
            assertThat(ids(new FindProcurementsQuery(null, null, null, null, null,
                    Rut.of("76.123.456-" + Rut.checkDigit("76123456")), 0, 20)))
                    .as("a RUT written with dots is the same supplier").containsExactly("lp");
        }

        @Test
        void aSummaryShowsTheEssentials() {
            ProcurementSummaryView lp = list(new FindProcurementsQuery(null, null, null, TenderType.LP, null, null,
                    0, 20)).items().get(0);

            assertThat(lp).isEqualTo(new ProcurementSummaryView("lp", "13101", "Santiago", "13",
                    "Metropolitana de Santiago", "Compra lp", ProcurementCategory.GOODS,
                    ProcurementMethod.PUBLIC_TENDER, TenderType.LP, ProcurementStatus.AWARDED, 75_000_000,
                    72_000_000, 2, day("2025-03-05"), day("2025-03-06"), day("2025-04-05"), List.of()));
        }

        @Test
        void pages() {
            ProcurementPageView first = list(new FindProcurementsQuery(null, null, null, null, null, null, 0, 2));
            ProcurementPageView last = list(new FindProcurementsQuery(null, null, null, null, null, null, 2, 2));

            assertThat(first.items()).extracting(ProcurementSummaryView::processId).containsExactly("le", "ca");
            assertThat(first.totalItems()).isEqualTo(5);
            assertThat(first.totalPages()).isEqualTo(3);
            assertThat(last.items()).extracting(ProcurementSummaryView::processId).containsExactly("sealed");
            assertThat(list(new FindProcurementsQuery(null, null, null, null, null, null, 3, 2)).items()).isEmpty();
        }
    }

    @Nested
    class Idempotency {

        @Test
        void givenBidSubmitted_whenRedeliveredWithSameSequence_thenCountedOnce() {
            ProcessHistory p = ProcessHistory.tender(projections, "p1", "13101", 40_000_000, day("2025-03-03"))
                    .published(day("2025-03-05"), day("2025-03-20"))
                    .bid("b1", ACME, "Acme SpA", 38_000_000, day("2025-03-12"));

            projections.processes().on(new BidSubmittedEvent("p1", "b1", Rut.of(ACME),
                    "Acme SpA", Clp.of(38_000_000), null, List.of(), day("2025-03-12")), p.sequence());

            assertThat(view("p1").bidCount()).isEqualTo(1);
            p.opened(1, day("2025-03-21"));
            assertThat(view("p1").bids()).hasSize(1);
        }

        @Test
        void givenPayment_whenRedelivered_thenPaidOnce() {
            ProcessHistory p = ProcessHistory.direct(projections, "d1", "13101", 8_000_000,
                            DirectAwardGround.EMERGENCY, day("2025-03-03"))
                    .awardedTo(ACME, "Acme SpA", 8_000_000, day("2025-03-04"))
                    .contract("c1", "aw-d1", ACME, 8_000_000, day("2025-03-05"))
                    .payment("c1", "pay1", 3_000_000, null, day("2025-03-10"));

            projections.contracts().on(new ContractPaymentRecordedEvent("d1", "c1", "pay1",
                    Clp.of(3_000_000), null, day("2025-03-10")), p.sequence());

            assertThat(view("d1").contracts().get(0).paid()).isEqualTo(3_000_000);
            assertThat(view("d1").contracts().get(0).payments()).hasSize(1);
        }

        @Test
        void givenNewerEvents_whenOlderEventRedelivered_thenIgnored() {
            ProcessHistory.tender(projections, "p1", "13101", 40_000_000, day("2025-03-03"))
                    .published(day("2025-03-05"), day("2025-03-20"))
                    .opened(0, day("2025-03-21"));

            projections.processes().on(new TenderPublishedEvent("p1", day("2025-03-20"), Duration.ofDays(10),
                    false, null, day("2025-03-05")), 1);

            assertThat(view("p1").status()).isEqualTo(ProcurementStatus.BIDS_OPENED);
            assertThat(view("p1").version()).isEqualTo(2);
        }

        @Test
        void givenWholeHistoryRedeliveredInOrder_thenTheSameView() {
            ProcessHistory p = ProcessHistory.tender(projections, "p1", "13101", 60_000_000, day("2025-03-03"))
                    .published(day("2025-03-05"), day("2025-03-20"))
                    .amended(day("2025-03-06"), day("2025-03-25"), false)
                    .bid("b1", ACME, "Acme SpA", 30_000_000, "1", day("2025-03-10"))
                    .bid("b2", BETA, "Beta Ltda", 25_000_000, "2", day("2025-03-11"))
                    .opened(2, day("2025-03-26"))
                    .admissible("b1", day("2025-03-27"))
                    .admissible("b2", day("2025-03-27"))
                    .evaluated(day("2025-03-28"), new BidScore("b1", 80), new BidScore("b2", 70))
                    .awarded(day("2025-03-30"), bidAward("b1", ACME, "Acme SpA", 30_000_000, "1"),
                            bidAward("b2", BETA, "Beta Ltda", 25_000_000, "2"))
                    .contract("c1", "b1", ACME, 30_000_000, day("2025-04-01"))
                    .order("c1", "o1", 10_000_000, day("2025-04-02"))
                    .payment("c1", "pay1", 10_000_000, "o1", day("2025-04-20"))
                    .contractAmended("c1", 30_000_000, 33_000_000, LocalDate.of(2026, 1, 31), day("2025-05-01"))
                    .contract("c2", "b2", BETA, 25_000_000, day("2025-04-01"))
                    .terminated("c2", "Incumplimiento", day("2025-05-10"))
                    .completed(day("2025-05-20"));
            ProcurementView once = view("p1");

            p.redeliverAll();

            assertThat(view("p1")).isEqualTo(once);
            assertThat(once.awardedAmount()).isEqualTo(55_000_000);
            assertThat(once.bids()).hasSize(2);
            assertThat(once.contracts().get(0).value()).isEqualTo(33_000_000);
            assertThat(database.getCollection(ProcurementProjection.SEALED_BIDS).countDocuments()).isZero();
        }
    }
}
