package cl.redlim.fund.query;

import cl.redlim.fund.api.CriterionScore;
import cl.redlim.fund.api.FindFundApplicationQuery;
import cl.redlim.fund.api.FindFundApplicationsQuery;
import cl.redlim.fund.api.FundApplicationDeclaredAdmissibleEvent;
import cl.redlim.fund.api.FundApplicationDraftedEvent;
import cl.redlim.fund.api.FundApplicationEvaluatedEvent;
import cl.redlim.fund.api.FundApplicationPageView;
import cl.redlim.fund.api.FundApplicationStatus;
import cl.redlim.fund.api.FundApplicationSubmittedEvent;
import cl.redlim.fund.api.FundApplicationSummaryView;
import cl.redlim.fund.api.FundApplicationView;
import cl.redlim.fund.api.FundApplicationView.EvaluationView;
import cl.redlim.fund.api.FundApplicationView.TrancheView;
import cl.redlim.fund.api.FundCallAmendedEvent;
import cl.redlim.fund.api.FundCallPublishedEvent;
import cl.redlim.fund.api.FundCallTerms;
import cl.redlim.fund.api.FundTranchePaidEvent;
import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.readmodel.InMemoryMongo;
import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.CommuneRegisteredEvent;
import cl.redlim.territory.api.RegionRegisteredEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FundApplicationProjectionTest {

    static final FundCallTerms CALL_A = FundCallProjectionTest.TERMS;
    static final FundCallTerms CALL_B = new FundCallTerms("FIM 2026", Clp.of(2_000_000_000), CALL_A.groupCaps(),
            Instant.parse("2026-03-01T12:00:00Z"), Instant.parse("2026-04-30T12:00:00Z"), CALL_A.criteria(), 60);

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    private FundApplicationProjection projection;


    @BeforeEach
    void freshProjectionWithPlacesAndCalls() {
        projection = new FundApplicationProjection(mongo.freshDatabase());
        registerPlacesAndCalls(projection);
    }

    /** The territory and call events the same processing group sees before any application. */
    static void registerPlacesAndCalls(FundApplicationProjection projection) {
        projection.on(new RegionRegisteredEvent("13", "Metropolitana de Santiago", "CL-RM"));
        projection.on(new RegionRegisteredEvent("08", "Biobío", "CL-BI"));
        projection.on(new CommuneRegisteredEvent(CommuneCode.of("13101"), "Santiago", "131", "13"));
        projection.on(new CommuneRegisteredEvent(CommuneCode.of("13201"), "Puente Alto", "132", "13"));
        projection.on(new CommuneRegisteredEvent(CommuneCode.of("08101"), "Concepción", "081", "08"));
        projection.on(new FundCallPublishedEvent("call-a", CALL_A, Instant.parse("2025-02-01T12:00:00Z")));
        projection.on(new FundCallPublishedEvent("call-b", CALL_B, Instant.parse("2026-02-01T12:00:00Z")));
    }

    private FundApplicationView view(String applicationId) {
        return projection.handle(new FindFundApplicationQuery(applicationId));
    }

    private static Instant day(int dayOfMarch2025) {
        return Instant.parse("2025-03-01T12:00:00Z").plusSeconds((dayOfMarch2025 - 1) * 86_400L);
    }

    @Test
    void fullLifecycleFromDraftToClosure() {
        CriterionScore[] e1 = {new CriterionScore("impact", 80), new CriterionScore("feasibility", 70),
                new CriterionScore("innovation", 57)};
        CriterionScore[] e2 = {new CriterionScore("impact", 90), new CriterionScore("feasibility", 75),
                new CriterionScore("innovation", 69)};

        ApplicationHistory app = ApplicationHistory.drafted(projection, "app-1", "call-a", "13101", 50_000_000, day(5));
        FundApplicationView drafted = view("app-1");
        assertThat(drafted.status()).isEqualTo(FundApplicationStatus.DRAFT);
        assertThat(drafted.callId()).isEqualTo("call-a");
        assertThat(drafted.callTitle()).isEqualTo("FIM 2025");
        assertThat(drafted.commune()).isEqualTo("13101");
        assertThat(drafted.communeName()).isEqualTo("Santiago");
        assertThat(drafted.regionCode()).isEqualTo("13");
        assertThat(drafted.regionName()).isEqualTo("Metropolitana de Santiago");
        assertThat(drafted.title()).isEqualTo("Proyecto app-1");
        assertThat(drafted.description()).isEqualTo("Descripción de app-1");
        assertThat(drafted.requestedAmount()).isEqualTo(50_000_000);
        assertThat(drafted.beneficiaries()).isEqualTo(1000);
        assertThat(drafted.group()).isNull();
        assertThat(drafted.evaluations()).isEmpty();
        assertThat(drafted.finalScore()).isNull();
        assertThat(drafted.tranches()).isEmpty();
        assertThat(drafted.disbursedAmount()).isZero();
        assertThat(drafted.draftedAt()).isEqualTo(day(5));
        assertThat(drafted.submittedAt()).isNull();
        assertThat(drafted.version()).isZero();

        app.submitted(CommuneGroup.GROUP_1, day(10));
        FundApplicationView submitted = view("app-1");
        assertThat(submitted.status()).isEqualTo(FundApplicationStatus.SUBMITTED);
        assertThat(submitted.group()).isEqualTo(1);
        assertThat(submitted.submittedAt()).isEqualTo(day(10));

        app.admissible(day(12), "Antecedentes completos");
        FundApplicationView admissible = view("app-1");
        assertThat(admissible.status()).isEqualTo(FundApplicationStatus.ADMISSIBLE);
        assertThat(admissible.admissibilityReasons()).containsExactly("Antecedentes completos");
        assertThat(admissible.decidedAt()).as("admissibility is not the decision").isNull();

        app.evaluated("ev-1", "72.40", day(15), e1);
        FundApplicationView oneEvaluation = view("app-1");
        assertThat(oneEvaluation.status()).isEqualTo(FundApplicationStatus.UNDER_EVALUATION);
        assertThat(oneEvaluation.evaluations()).containsExactly(
                new EvaluationView("ev-1", List.of(e1), new BigDecimal("72.40"), day(15)));
        assertThat(oneEvaluation.finalScore()).isEqualByComparingTo("72.40");

        app.evaluated("ev-2", "81.30", day(16), e2);
        FundApplicationView evaluated = view("app-1");
        assertThat(evaluated.status()).isEqualTo(FundApplicationStatus.EVALUATED);
        assertThat(evaluated.evaluations()).extracting(EvaluationView::evaluatorId).containsExactly("ev-1", "ev-2");
        assertThat(evaluated.evaluations().get(1).scores()).containsExactly(e2);
        // weights 50/30/20: 72.40 and 81.30, whose mean is 76.85
        assertThat(evaluated.finalScore()).isEqualTo(new BigDecimal("76.85"));
        assertThat(evaluated.version()).isEqualTo(4);

        app.awarded(45_000_000, "76.85", day(20));
        FundApplicationView awarded = view("app-1");
        assertThat(awarded.status()).isEqualTo(FundApplicationStatus.AWARDED);
        assertThat(awarded.awardedAmount()).isEqualTo(45_000_000);
        assertThat(awarded.finalScore()).isEqualTo(new BigDecimal("76.85"));
        assertThat(awarded.awardedAt()).isEqualTo(day(20));
        assertThat(awarded.decidedAt()).isEqualTo(day(20));
        assertThat(awarded.rejectionReason()).isNull();

        app.agreementSigned("CONV-2025-017", day(25));
        FundApplicationView signed = view("app-1");
        assertThat(signed.status()).isEqualTo(FundApplicationStatus.AGREEMENT_SIGNED);
        assertThat(signed.agreementReference()).isEqualTo("CONV-2025-017");
        assertThat(signed.agreementSignedAt()).isEqualTo(day(25));

        app.tranchePaid(1, 20_000_000, day(28));
        FundApplicationView firstTranche = view("app-1");
        assertThat(firstTranche.tranches()).containsExactly(
                new TrancheView(1, 20_000_000, day(28), "PENDING", null, null, null));
        assertThat(firstTranche.disbursedAmount()).isEqualTo(20_000_000);
        assertThat(firstTranche.status()).isEqualTo(FundApplicationStatus.AGREEMENT_SIGNED);

        app.reportSubmitted(1, "Compra de equipos", 19_500_000, day(40));
        assertThat(view("app-1").tranches()).containsExactly(
                new TrancheView(1, 20_000_000, day(28), "SUBMITTED", "Compra de equipos", 19_500_000L, null));

        app.reportObserved(1, "Faltan boletas", day(42));
        TrancheView observed = view("app-1").tranches().get(0);
        assertThat(observed.reportStatus()).isEqualTo("OBSERVED");
        assertThat(observed.observations()).isEqualTo("Faltan boletas");

        app.reportSubmitted(1, "Compra de equipos, con boletas", 20_000_000, day(45));
        TrancheView resubmitted = view("app-1").tranches().get(0);
        assertThat(resubmitted.reportStatus()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.reportSummary()).isEqualTo("Compra de equipos, con boletas");
        assertThat(resubmitted.amountAccounted()).isEqualTo(20_000_000L);

        app.reportAccepted(1, day(47));
        assertThat(view("app-1").tranches().get(0).reportStatus()).isEqualTo("ACCEPTED");

        app.tranchePaid(2, 25_000_000, day(50));
        FundApplicationView secondTranche = view("app-1");
        assertThat(secondTranche.tranches()).extracting(TrancheView::tranche, TrancheView::amount,
                TrancheView::reportStatus).containsExactly(
                tuple(1, 20_000_000L, "ACCEPTED"),
                tuple(2, 25_000_000L, "PENDING"));
        assertThat(secondTranche.disbursedAmount()).isEqualTo(45_000_000);

        app.reportSubmitted(2, "Ejecución final", 25_000_000, day(60)).reportAccepted(2, day(61)).closed(day(62));
        FundApplicationView closed = view("app-1");
        assertThat(closed.status()).isEqualTo(FundApplicationStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(day(62));
        assertThat(closed.tranches()).extracting(TrancheView::reportStatus).containsExactly("ACCEPTED", "ACCEPTED");
        assertThat(closed.disbursedAmount()).isEqualTo(45_000_000);
        assertThat(closed.awardedAmount()).isEqualTo(45_000_000);
        assertThat(closed.finalScore()).isEqualTo(new BigDecimal("76.85"));
        assertThat(closed.evaluations()).hasSize(2);
        assertThat(closed.communeName()).isEqualTo("Santiago");
        assertThat(closed.version()).isEqualTo(15);
    }

    @Test
    void inadmissiblePath() {
        ApplicationHistory.drafted(projection, "app-1", "call-a", "08101", 30_000_000, day(5))
                .submitted(CommuneGroup.GROUP_2, day(10))
                .inadmissible(day(13), "Falta certificado de disponibilidad", "Presupuesto sin detalle");

        FundApplicationView view = view("app-1");
        assertThat(view.status()).isEqualTo(FundApplicationStatus.INADMISSIBLE);
        assertThat(view.admissibilityReasons())
                .containsExactly("Falta certificado de disponibilidad", "Presupuesto sin detalle");
        assertThat(view.decidedAt()).isEqualTo(day(13));
        assertThat(view.evaluations()).isEmpty();
        assertThat(view.finalScore()).isNull();
        assertThat(view.awardedAmount()).isNull();
        assertThat(view.awardedAt()).isNull();
        assertThat(view.regionName()).isEqualTo("Biobío");
    }

    @Test
    void rejectedPath() {
        ApplicationHistory.drafted(projection, "app-1", "call-a", "13201", 30_000_000, day(5))
                .submitted(CommuneGroup.GROUP_3, day(10))
                .admissible(day(12))
                .evaluated("ev-1", "40.00", day(15))
                .evaluated("ev-2", "50.50", day(16))
                .rejected("Puntaje bajo el mínimo", "45.25", day(21));

        FundApplicationView view = view("app-1");
        assertThat(view.status()).isEqualTo(FundApplicationStatus.REJECTED);
        assertThat(view.rejectionReason()).isEqualTo("Puntaje bajo el mínimo");
        assertThat(view.finalScore()).isEqualTo(new BigDecimal("45.25"));
        assertThat(view.decidedAt()).isEqualTo(day(21));
        assertThat(view.awardedAmount()).isNull();
        assertThat(view.awardedAt()).isNull();
        assertThat(view.evaluations()).hasSize(2);
    }

    @Test
    void givenAmendedCall_thenItsApplicationsShowTheNewTitle() {
        ApplicationHistory.drafted(projection, "app-1", "call-a", "13101", 30_000_000, day(5));
        ApplicationHistory.drafted(projection, "app-2", "call-b", "13101", 30_000_000, day(5));
        FundCallTerms renamed = new FundCallTerms("FIM 2025 (rectificada)", CALL_A.totalBudget(), CALL_A.groupCaps(),
                CALL_A.opensAt(), CALL_A.closesAt(), CALL_A.criteria(), CALL_A.minimumScore());

        projection.on(new FundCallAmendedEvent("call-a", renamed, day(6)));
        ApplicationHistory.drafted(projection, "app-3", "call-a", "13101", 30_000_000, day(7));

        assertThat(view("app-1").callTitle()).isEqualTo("FIM 2025 (rectificada)");
        assertThat(view("app-3").callTitle()).isEqualTo("FIM 2025 (rectificada)");
        assertThat(view("app-2").callTitle()).isEqualTo("FIM 2026");
    }

    @Test
    void givenUnknownApplication_whenFound_thenNotFound() {
        assertThatThrownBy(() -> view("nope"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Nested
    class Idempotency {

        @Test
        void givenTranchePaid_whenRedeliveredWithSameSequence_thenDisbursedOnce() {
            ApplicationHistory app = awardedAndSigned();
            FundTranchePaidEvent tranche = new FundTranchePaidEvent("app-1", 1, Clp.of(20_000_000), day(28));
            projection.on(tranche, app.sequence() + 1);

            projection.on(tranche, app.sequence() + 1);

            FundApplicationView view = view("app-1");
            assertThat(view.disbursedAmount()).isEqualTo(20_000_000);
            assertThat(view.tranches()).hasSize(1);
        }

        @Test
        void givenOneEvaluation_whenRedelivered_thenStillOneAndUnderEvaluation() {
            ApplicationHistory.drafted(projection, "app-1", "call-a", "13101", 50_000_000, day(5))
                    .submitted(CommuneGroup.GROUP_1, day(10))
                    .admissible(day(12));
            FundApplicationEvaluatedEvent evaluation = new FundApplicationEvaluatedEvent("app-1", "ev-1", List.of(),
                    new BigDecimal("70.00"), day(15));
            projection.on(evaluation, 3);

            projection.on(evaluation, 3);

            FundApplicationView view = view("app-1");
            assertThat(view.evaluations()).hasSize(1);
            assertThat(view.status()).isEqualTo(FundApplicationStatus.UNDER_EVALUATION);
            assertThat(view.finalScore()).isEqualByComparingTo("70.00");
        }

        @Test
        void givenNewerEvents_whenOlderEventRedelivered_thenIgnored() {
            projection.on(new FundApplicationDraftedEvent("app-1", "call-a", CommuneCode.of("13101"), "t", "d",
                    Clp.of(50_000_000), 10, day(5)), 0);
            FundApplicationSubmittedEvent submitted = new FundApplicationSubmittedEvent("app-1", "call-a",
                    CommuneCode.of("13101"), CommuneGroup.GROUP_1, day(10));
            projection.on(submitted, 1);
            projection.on(new FundApplicationDeclaredAdmissibleEvent("app-1", List.of(), day(12)), 2);

            projection.on(submitted, 1);

            FundApplicationView view = view("app-1");
            assertThat(view.status()).isEqualTo(FundApplicationStatus.ADMISSIBLE);
            assertThat(view.version()).isEqualTo(2);
        }

        @Test
        void givenWholeHistoryRedeliveredInOrder_thenTheSameView() {
            Runnable history = () -> awardedAndSigned()
                    .tranchePaid(1, 20_000_000, day(28))
                    .reportSubmitted(1, "Resumen", 20_000_000, day(40))
                    .reportAccepted(1, day(41))
                    .tranchePaid(2, 10_000_000, day(45));
            history.run();
            FundApplicationView once = view("app-1");

            history.run();

            assertThat(view("app-1")).isEqualTo(once);
            assertThat(once.disbursedAmount()).isEqualTo(30_000_000);
            assertThat(once.tranches()).hasSize(2);
        }

        private ApplicationHistory awardedAndSigned() {
            return ApplicationHistory.drafted(projection, "app-1", "call-a", "13101", 50_000_000, day(5))
                    .submitted(CommuneGroup.GROUP_1, day(10))
                    .admissible(day(12))
                    .evaluated("ev-1", "70.00", day(15))
                    .evaluated("ev-2", "80.00", day(16))
                    .awarded(45_000_000, "75.00", day(20))
                    .agreementSigned("CONV-1", day(25));
        }
    }

    @Nested
    class Paging {

        @BeforeEach
        void sixApplications() {
            // Fed out of drafting order: pages follow draftedAt, not arrival.
            ApplicationHistory.drafted(projection, "a5", "call-b", "08101", 5_000_000, day(5));
            ApplicationHistory.drafted(projection, "a2", "call-a", "13201", 2_000_000, day(2))
                    .submitted(CommuneGroup.GROUP_3, day(10)).admissible(day(11));
            ApplicationHistory.drafted(projection, "a1", "call-a", "13101", 1_000_000, day(1))
                    .submitted(CommuneGroup.GROUP_1, day(10));
            ApplicationHistory.drafted(projection, "a6", "call-a", "13101", 6_000_000, day(6))
                    .submitted(CommuneGroup.GROUP_1, day(10));
            ApplicationHistory.drafted(projection, "a3", "call-a", "08101", 3_000_000, day(3))
                    .submitted(CommuneGroup.GROUP_2, day(10)).inadmissible(day(11), "Fuera de plazo");
            ApplicationHistory.drafted(projection, "a4", "call-b", "13101", 4_000_000, day(4))
                    .submitted(CommuneGroup.GROUP_1, day(11));
        }

        private FundApplicationPageView find(String callId, String commune, String region,
                                             FundApplicationStatus status, Integer group, int page, int size) {
            return projection.handle(new FindFundApplicationsQuery(callId, commune, region, status, group, page, size));
        }

        private static List<String> ids(FundApplicationPageView page) {
            return page.items().stream().map(FundApplicationSummaryView::applicationId).toList();
        }

        @Test
        void byCall() {
            FundApplicationPageView page = find("call-a", null, null, null, null, 0, 20);
            assertThat(ids(page)).containsExactly("a1", "a2", "a3", "a6");
            assertThat(page.totalItems()).isEqualTo(4);
        }

        @Test
        void byCommune() {
            assertThat(ids(find(null, "13101", null, null, null, 0, 20))).containsExactly("a1", "a4", "a6");
        }

        @Test
        void byRegion() {
            assertThat(ids(find(null, null, "08", null, null, 0, 20))).containsExactly("a3", "a5");
        }

        @Test
        void byStatus() {
            assertThat(ids(find(null, null, null, FundApplicationStatus.SUBMITTED, null, 0, 20)))
                    .containsExactly("a1", "a4", "a6");
            assertThat(ids(find(null, null, null, FundApplicationStatus.DRAFT, null, 0, 20))).containsExactly("a5");
            assertThat(ids(find(null, null, null, FundApplicationStatus.INADMISSIBLE, null, 0, 20)))
                    .containsExactly("a3");
        }

        @Test
        void byGroup() {
            assertThat(ids(find(null, null, null, null, 1, 0, 20))).containsExactly("a1", "a4", "a6");
            assertThat(ids(find(null, null, null, null, 3, 0, 20))).containsExactly("a2");
        }

        @Test
        void filtersCombine() {
            FundApplicationPageView page = find("call-a", "13101", "13", FundApplicationStatus.SUBMITTED, 1, 0, 20);
            assertThat(ids(page)).containsExactly("a1", "a6");
            assertThat(page.totalItems()).isEqualTo(2);
            assertThat(page.totalPages()).isEqualTo(1);
        }

        @Test
        void noMatch() {
            FundApplicationPageView page = find("call-b", null, null, FundApplicationStatus.ADMISSIBLE, null, 0, 20);
            assertThat(page.items()).isEmpty();
            assertThat(page.totalItems()).isZero();
            assertThat(page.totalPages()).isZero();
        }

        @Test
        void pagesInDraftingOrder() {
            FundApplicationPageView first = find(null, null, null, null, null, 0, 4);
            assertThat(ids(first)).containsExactly("a1", "a2", "a3", "a4");
            assertThat(first.page()).isZero();
            assertThat(first.size()).isEqualTo(4);
            assertThat(first.totalItems()).isEqualTo(6);
            assertThat(first.totalPages()).isEqualTo(2);

            FundApplicationPageView second = find(null, null, null, null, null, 1, 4);
            assertThat(ids(second)).containsExactly("a5", "a6");
            assertThat(second.page()).isEqualTo(1);
            assertThat(second.totalItems()).isEqualTo(6);

            FundApplicationPageView beyond = find(null, null, null, null, null, 2, 4);
            assertThat(beyond.items()).isEmpty();
            assertThat(beyond.totalItems()).isEqualTo(6);
            assertThat(beyond.totalPages()).isEqualTo(2);
        }

        @Test
        void totalPagesRoundUp() {
            assertThat(find(null, null, null, null, null, 0, 3).totalPages()).isEqualTo(2);
            assertThat(find(null, null, null, null, null, 0, 5).totalPages()).isEqualTo(2);
            assertThat(find(null, null, null, null, null, 0, 6).totalPages()).isEqualTo(1);
            assertThat(find(null, null, null, null, null, 0, 1).totalPages()).isEqualTo(6);
        }

        @Test
        void summaryCarriesTheNamesAndAmounts() {
            FundApplicationSummaryView a2 = find(null, "13201", null, null, null, 0, 20).items().get(0);

            assertThat(a2).isEqualTo(new FundApplicationSummaryView("a2", "call-a", "13201", "Puente Alto", "13",
                    "Metropolitana de Santiago", 3, "Proyecto a2", FundApplicationStatus.ADMISSIBLE, 2_000_000, null, 0,
                    null, day(10)));
        }
    }
}
