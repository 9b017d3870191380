package cl.redlim.fund.command;

import cl.redlim.access.api.Actor;
import cl.redlim.access.api.Role;
import java.util.Map;
import java.util.Set;
import cl.redlim.fund.api.*;
import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static cl.redlim.fund.command.CallTerms.*;
import static cl.redlim.kernel.ErrorCode.*;
import static cl.redlim.territory.api.CommuneGroup.GROUP_2;
import static cl.redlim.territory.api.Rurality.PREDOMINANTLY_URBAN;
import static cl.redlim.testsupport.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

class FundApplicationTest {

    private static final String APP = "app-1";
    private static final String CALL = "call-2025";
    private static final CommuneCode SANTIAGO = CommuneCode.of("13101");
    private static final CommuneCode UNCLASSIFIED = CommuneCode.of("13102");
    private static final CommuneCode UNREGISTERED = CommuneCode.of("13199");
    private static final Clp REQUESTED = Clp.of(10_000_000);
    private static final Clp AWARD = Clp.of(8_000_000);

    private static final Instant DRAFTED_AT = Instant.parse("2025-04-02T10:00:00Z");
    private static final Instant SUBMITTED_AT = IN_WINDOW;
    private static final Instant DECIDED_AT = Instant.parse("2025-05-05T10:00:00Z");
    private static final Instant EVALUATED_AT = Instant.parse("2025-05-10T10:00:00Z");
    private static final Instant AWARDED_AT = Instant.parse("2025-06-01T10:00:00Z");
    private static final Instant REJECTED_AT = AWARDED_AT;
    private static final Instant SIGNED_AT = Instant.parse("2025-06-15T10:00:00Z");
    private static final Instant PAID_AT = Instant.parse("2025-07-01T10:00:00Z");
    private static final Instant REPORTED_AT = Instant.parse("2025-09-01T10:00:00Z");
    private static final Instant REVIEWED_AT = Instant.parse("2025-09-15T10:00:00Z");
    private static final Instant CLOSED_AT = Instant.parse("2026-01-15T10:00:00Z");

    private FixtureConfiguration<FundApplication> fixture;
    private FakeFundCalls calls;

    @BeforeEach
    void setUp() {
        calls = new FakeFundCalls().with(new FundCallSnapshot(CALL, standard(), false));
        FakeCommuneRegistry communes = new FakeCommuneRegistry()
                .classified(SANTIAGO, "Santiago", GROUP_2, PREDOMINANTLY_URBAN)
                .unclassified(UNCLASSIFIED, "Independencia");
        FakeEvaluators evaluators = new FakeEvaluators()
                .declared("ana").declared("beto").declared("carla", CommuneCode.of("05101"))
                .declared("tomas", SANTIAGO);
        fixture = new AggregateTestFixture<>(FundApplication.class);
        fixture.registerInjectableResource(calls);
        fixture.registerInjectableResource(communes);
        fixture.registerInjectableResource(evaluators);
    }

    private void callClosedEarly() {
        calls.with(new FundCallSnapshot(CALL, standard(), true));
    }

    // --- the application's history, step by step -------------------------------------------------------------

    private static CreateFundApplicationCommand draft(CommuneCode commune, Clp requested, Instant at) {
        return new CreateFundApplicationCommand(APP, CALL, commune, "Laboratorio de datos vecinales",
                "Un laboratorio que abre los datos del municipio", requested, 1200, at);
    }

    private static FundApplicationDraftedEvent drafted(CommuneCode commune, Clp requested, Instant at) {
        return new FundApplicationDraftedEvent(APP, CALL, commune, "Laboratorio de datos vecinales",
                "Un laboratorio que abre los datos del municipio", requested, 1200, at);
    }

    private static Object[] draftStage() {
        return new Object[]{drafted(SANTIAGO, REQUESTED, DRAFTED_AT)};
    }

    private static Object[] submittedStage() {
        return append(draftStage(), new FundApplicationSubmittedEvent(APP, CALL, SANTIAGO, GROUP_2, SUBMITTED_AT));
    }

    private static Object[] admissibleStage() {
        return append(submittedStage(), new FundApplicationDeclaredAdmissibleEvent(APP, List.of(), DECIDED_AT));
    }

    private static Object[] evaluatedStage(Object... evaluations) {
        return append(admissibleStage(), evaluations);
    }

    /** Evaluated by ana (80/70 → 76.00) and beto (70/70 → 70.00): final score 73.00. */
    private static Object[] evaluatedStage() {
        return evaluatedStage(evaluated("ana", 80, 70, "76.00"), evaluated("beto", 70, 70, "70.00"));
    }

    private static Object[] awardedStage() {
        return append(evaluatedStage(),
                new FundApplicationAwardedEvent(APP, CALL, AWARD, new BigDecimal("73.00"), AWARDED_AT));
    }

    private static Object[] signedStage(Object... afterSigning) {
        return append(append(awardedStage(), new FundAgreementSignedEvent(APP, "CONV-2025-017", SIGNED_AT)),
                afterSigning);
    }

    private static FundApplicationEvaluatedEvent evaluated(String evaluator, int impact, int feasibility,
                                                           String weighted) {
        return new FundApplicationEvaluatedEvent(APP, evaluator, scores(impact, feasibility),
                new BigDecimal(weighted), EVALUATED_AT);
    }

    private static List<CriterionScore> scores(int impact, int feasibility) {
        return List.of(new CriterionScore("impact", impact), new CriterionScore("feasibility", feasibility));
    }

    private static FundTranchePaidEvent paid(int tranche, long amount) {
        return new FundTranchePaidEvent(APP, tranche, Clp.of(amount), PAID_AT);
    }

    private static FundReportSubmittedEvent reported(int tranche, long accounted) {
        return new FundReportSubmittedEvent(APP, tranche, "Gastos del tramo " + tranche, Clp.of(accounted),
                REPORTED_AT);
    }

    private static FundReportAcceptedEvent accepted(int tranche) {
        return new FundReportAcceptedEvent(APP, tranche, REVIEWED_AT);
    }

    private static FundReportObservedEvent observed(int tranche) {
        return new FundReportObservedEvent(APP, tranche, "Faltan boletas", REVIEWED_AT);
    }

    private static Object[] append(Object[] history, Object... more) {
        Object[] all = Arrays.copyOf(history, history.length + more.length);
        System.arraycopy(more, 0, all, history.length, more.length);
        return all;
    }

    // --- one nested class per command ---------------------------------------------------------------------

    @Nested
    class Draft {

        @Test
        void givenOpenCall_whenDraft_thenDrafted() {
            fixture.givenNoPriorActivity()
                    .when(draft(SANTIAGO, REQUESTED, IN_WINDOW))
                    .expectEvents(drafted(SANTIAGO, REQUESTED, IN_WINDOW));
        }

        @Test
        void givenCallNotOpenYet_whenDraft_thenDrafted() {
            Instant beforeOpening = OPENS_AT.minusSeconds(86_400);

            fixture.givenNoPriorActivity()
                    .when(draft(SANTIAGO, REQUESTED, beforeOpening))
                    .expectEvents(drafted(SANTIAGO, REQUESTED, beforeOpening));
        }

        @Test
        void givenUnclassifiedCommune_whenDraft_thenDrafted() {
            // the classification is needed at submission, not to start writing
            fixture.givenNoPriorActivity()
                    .when(draft(UNCLASSIFIED, REQUESTED, IN_WINDOW))
                    .expectEvents(drafted(UNCLASSIFIED, REQUESTED, IN_WINDOW));
        }

        @Test
        void givenNothing_whenDraftForTheWholeBudget_thenDrafted() {
            fixture.givenNoPriorActivity()
                    .when(draft(SANTIAGO, TOTAL_BUDGET, IN_WINDOW))
                    .expectEvents(drafted(SANTIAGO, TOTAL_BUDGET, IN_WINDOW));
        }

        @Test
        void givenNothing_whenDraftForUnknownCall_thenRefused() {
            CreateFundApplicationCommand toUnknownCall = new CreateFundApplicationCommand(APP, "no-such-call",
                    SANTIAGO, "t", "d", REQUESTED, 10, IN_WINDOW);

            refusedWith(fixture.givenNoPriorActivity().when(toUnknownCall), UNKNOWN_FUND_CALL);
        }

        @Test
        void givenNothing_whenDraftForUnregisteredCommune_thenRefused() {
            refusedWith(fixture.givenNoPriorActivity().when(draft(UNREGISTERED, REQUESTED, IN_WINDOW)),
                    UNKNOWN_COMMUNE);
        }

        @Test
        void givenCallClosedEarly_whenDraft_thenRefused() {
            callClosedEarly();

            refusedWith(fixture.givenNoPriorActivity().when(draft(SANTIAGO, REQUESTED, IN_WINDOW)),
                    FUND_CALL_NOT_OPEN);
        }

        @Test
        void givenCallPastItsClosing_whenDraft_thenRefused() {
            refusedWith(fixture.givenNoPriorActivity().when(draft(SANTIAGO, REQUESTED, CLOSES_AT)),
                    FUND_CALL_NOT_OPEN);
        }

        @Test
        void givenNothing_whenDraftForZero_thenRefused() {
            refusedWith(fixture.givenNoPriorActivity().when(draft(SANTIAGO, Clp.ZERO, IN_WINDOW)),
                    VALIDATION_FAILED);
        }

        @Test
        void givenNothing_whenDraftForMoreThanTheBudget_thenRefused() {
            refusedWith(fixture.givenNoPriorActivity()
                    .when(draft(SANTIAGO, Clp.of(TOTAL_BUDGET.amount() + 1), IN_WINDOW)),
                    REQUESTED_AMOUNT_EXCEEDS_BUDGET);
        }
    }

    @Nested
    class Submit {

        @Test
        void givenDraft_whenSubmitInWindow_thenSubmittedWithTheCommunesGroup() {
            fixture.given(draftStage())
                    .when(new SubmitFundApplicationCommand(APP, IN_WINDOW))
                    .expectEvents(new FundApplicationSubmittedEvent(APP, CALL, SANTIAGO, GROUP_2, IN_WINDOW));
        }

        @Test
        void givenDraft_whenSubmitAtOpening_thenSubmitted() {
            fixture.given(draftStage())
                    .when(new SubmitFundApplicationCommand(APP, OPENS_AT))
                    .expectEvents(new FundApplicationSubmittedEvent(APP, CALL, SANTIAGO, GROUP_2, OPENS_AT));
        }

        @Test
        void givenDraft_whenSubmitBeforeOpening_thenRefused() {
            refusedWith(fixture.given(draftStage()).when(new SubmitFundApplicationCommand(APP, OPENS_AT.minusMillis(1))),
                    FUND_CALL_NOT_OPEN);
        }

        @Test
        void givenDraft_whenSubmitAtClosing_thenRefused() {
            refusedWith(fixture.given(draftStage()).when(new SubmitFundApplicationCommand(APP, CLOSES_AT)),
                    FUND_CALL_NOT_OPEN);
        }

        @Test
        void givenCallClosedEarly_whenSubmitInWindow_thenRefused() {
            callClosedEarly();

            refusedWith(fixture.given(draftStage()).when(new SubmitFundApplicationCommand(APP, IN_WINDOW)),
                    FUND_CALL_NOT_OPEN);
        }

        @Test
        void givenDraftOfUnclassifiedCommune_whenSubmit_thenRefused() {
            refusedWith(fixture.given(drafted(UNCLASSIFIED, REQUESTED, DRAFTED_AT))
                    .when(new SubmitFundApplicationCommand(APP, IN_WINDOW)), COMMUNE_NOT_CLASSIFIED);
        }

        @Test
        void givenSubmitted_whenSubmitAgain_thenRefused() {
            refusedWith(fixture.given(submittedStage()).when(new SubmitFundApplicationCommand(APP, IN_WINDOW)),
                    INVALID_STATE_TRANSITION);
        }
    }

    @Nested
    class DecideAdmissibility {

        @Test
        void givenSubmitted_whenDeclareAdmissibleWithNotes_thenAdmissible() {
            fixture.given(submittedStage())
                    .when(new DecideFundApplicationAdmissibilityCommand(APP, true, List.of("Completa"), DECIDED_AT))
                    .expectEvents(new FundApplicationDeclaredAdmissibleEvent(APP, List.of("Completa"), DECIDED_AT));
        }

        @Test
        void givenSubmitted_whenDeclareAdmissibleWithoutReasons_thenAdmissibleWithNoNotes() {
            fixture.given(submittedStage())
                    .when(new DecideFundApplicationAdmissibilityCommand(APP, true, null, DECIDED_AT))
                    .expectEvents(new FundApplicationDeclaredAdmissibleEvent(APP, List.of(), DECIDED_AT));
        }

        @Test
        void givenSubmitted_whenDeclareInadmissibleWithReasons_thenInadmissible() {
            List<String> reasons = List.of("Falta el certificado del concejo municipal");

            fixture.given(submittedStage())
                    .when(new DecideFundApplicationAdmissibilityCommand(APP, false, reasons, DECIDED_AT))
                    .expectEvents(new FundApplicationDeclaredInadmissibleEvent(APP, reasons, DECIDED_AT));
        }

        @Test
        void givenSubmitted_whenDeclareInadmissibleWithoutReasons_thenRefused() {
            refusedWith(fixture.given(submittedStage())
                    .when(new DecideFundApplicationAdmissibilityCommand(APP, false, null, DECIDED_AT)),
                    VALIDATION_FAILED);
        }

        @Test
        void givenSubmitted_whenDeclareInadmissibleWithBlankReasons_thenRefused() {
            refusedWith(fixture.given(submittedStage())
                    .when(new DecideFundApplicationAdmissibilityCommand(APP, false, List.of(" ", ""), DECIDED_AT)),
                    VALIDATION_FAILED);
        }

        @Test
        void givenDraft_whenDecide_thenRefused() {
            refusedWith(fixture.given(draftStage())
                    .when(new DecideFundApplicationAdmissibilityCommand(APP, true, null, DECIDED_AT)),
                    INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAdmissible_whenDecideAgain_thenRefused() {
            refusedWith(fixture.given(admissibleStage())
                    .when(new DecideFundApplicationAdmissibilityCommand(APP, false, List.of("Cambio"), DECIDED_AT)),
                    INVALID_STATE_TRANSITION);
        }
    }

    @Nested
    class Evaluate {

        private EvaluateFundApplicationCommand evaluate(String evaluator, List<CriterionScore> scores) {
            return new EvaluateFundApplicationCommand(APP, evaluator, scores, EVALUATED_AT);
        }

        @Test
        void givenAdmissible_whenFreeEvaluatorScores_thenEvaluatedWithWeightedScore() {
            // impact 80 × 60 % + feasibility 70 × 40 % = 76.00
            fixture.given(admissibleStage())
                    .when(evaluate("ana", scores(80, 70)))
                    .expectEvents(evaluated("ana", 80, 70, "76.00"));
        }

        @Test
        void givenAdmissible_whenScoresListedInAnotherOrder_thenWeighedByCriterion() {
            List<CriterionScore> reversed = List.of(new CriterionScore("feasibility", 70),
                    new CriterionScore("impact", 80));

            fixture.given(admissibleStage())
                    .when(evaluate("ana", reversed))
                    .expectEvents(new FundApplicationEvaluatedEvent(APP, "ana", reversed, new BigDecimal("76.00"),
                            EVALUATED_AT));
        }

        @Test
        void givenAdmissible_whenScoresAtTheBounds_thenEvaluated() {
            fixture.given(admissibleStage())
                    .when(evaluate("ana", scores(100, 0)))
                    .expectEvents(evaluated("ana", 100, 0, "60.00"));
        }

        @Test
        void givenAdmissible_whenEvaluatorTiedToAnotherCommuneScores_thenEvaluated() {
            fixture.given(admissibleStage())
                    .when(evaluate("carla", scores(81, 73)))
                    .expectEvents(evaluated("carla", 81, 73, "77.80"));
        }

        @Test
        void givenEvaluatedTwice_whenAThirdEvaluatorScores_thenEvaluated() {
            fixture.given(evaluatedStage())
                    .when(evaluate("carla", scores(72, 72)))
                    .expectEvents(evaluated("carla", 72, 72, "72.00"));
        }

        @Test
        void givenAdmissible_whenUndeclaredEvaluatorScores_thenRefused() {
            refusedWith(fixture.given(admissibleStage()).when(evaluate("nadie", scores(80, 70))),
                    EVALUATOR_NOT_DECLARED);
        }

        @Test
        void givenAdmissible_whenEvaluatorTiedToTheCommuneScores_thenRefused() {
            refusedWith(fixture.given(admissibleStage()).when(evaluate("tomas", scores(80, 70))),
                    EVALUATOR_CONFLICT_OF_INTEREST);
        }

        @Test
        void givenScoredByAna_whenAnaScoresAgain_thenRefused() {
            refusedWith(fixture.given(evaluatedStage(evaluated("ana", 80, 70, "76.00")))
                    .when(evaluate("ana", scores(90, 90))), EVALUATOR_ALREADY_SCORED);
        }

        @Test
        void givenAdmissible_whenACriterionIsLeftUnscored_thenRefused() {
            refusedWith(fixture.given(admissibleStage())
                    .when(evaluate("ana", List.of(new CriterionScore("impact", 80)))), INVALID_SCORES);
        }

        @Test
        void givenAdmissible_whenAnUnknownCriterionIsScored_thenRefused() {
            refusedWith(fixture.given(admissibleStage()).when(evaluate("ana", List.of(
                    new CriterionScore("impact", 80), new CriterionScore("beauty", 70)))), INVALID_SCORES);
        }

        @Test
        void givenAdmissible_whenACriterionIsScoredTwice_thenRefused() {
            refusedWith(fixture.given(admissibleStage()).when(evaluate("ana", List.of(
                    new CriterionScore("impact", 80), new CriterionScore("impact", 70)))), INVALID_SCORES);
        }

        @Test
        void givenAdmissible_whenAScoreIsAboveHundred_thenRefused() {
            refusedWith(fixture.given(admissibleStage()).when(evaluate("ana", scores(101, 70))), INVALID_SCORES);
        }

        @Test
        void givenAdmissible_whenAScoreIsNegative_thenRefused() {
            refusedWith(fixture.given(admissibleStage()).when(evaluate("ana", scores(80, -1))), INVALID_SCORES);
        }

        @Test
        void givenAdmissible_whenNoScores_thenRefused() {
            refusedWith(fixture.given(admissibleStage()).when(evaluate("ana", null)), INVALID_SCORES);
        }

        @Test
        void givenSubmitted_whenScore_thenRefused() {
            refusedWith(fixture.given(submittedStage()).when(evaluate("ana", scores(80, 70))),
                    INVALID_STATE_TRANSITION);
        }

        @Test
        void givenInadmissible_whenScore_thenRefused() {
            refusedWith(fixture.given(append(submittedStage(),
                            new FundApplicationDeclaredInadmissibleEvent(APP, List.of("Incompleta"), DECIDED_AT)))
                    .when(evaluate("ana", scores(80, 70))), INVALID_STATE_TRANSITION);
        }
    }

    @Nested
    class Award {

        private AwardFundApplicationCommand award(Clp amount) {
            return new AwardFundApplicationCommand(APP, amount, AWARDED_AT);
        }

        @Test
        void givenTwoEvaluations_whenAward_thenAwardedWithMeanScoreAndCallBudgetAllocated() {
            fixture.given(evaluatedStage())
                    .when(award(AWARD))
                    .expectEvents(new FundApplicationAwardedEvent(APP, CALL, AWARD, new BigDecimal("73.00"),
                            AWARDED_AT));

            assertThat(calls.allocations).containsExactly(
                    new AllocateFundCallBudgetCommand(CALL, APP, GROUP_2, AWARD, AWARDED_AT));
        }

        @Test
        void givenThreeEvaluations_whenAward_thenFinalScoreIsTheMeanRoundedToTwoDecimals() {
            // (76.00 + 70.00 + 72.00) / 3 = 72.666… → 72.67
            fixture.given(evaluatedStage(evaluated("ana", 80, 70, "76.00"), evaluated("beto", 70, 70, "70.00"),
                            evaluated("carla", 72, 72, "72.00")))
                    .when(award(AWARD))
                    .expectEvents(new FundApplicationAwardedEvent(APP, CALL, AWARD, new BigDecimal("72.67"),
                            AWARDED_AT));
        }

        @Test
        void givenMeanExactlyAtTheMinimum_whenAward_thenAwarded() {
            fixture.given(evaluatedStage(evaluated("ana", 60, 60, "60.00"), evaluated("beto", 70, 45, "60.00")))
                    .when(award(REQUESTED))
                    .expectEvents(new FundApplicationAwardedEvent(APP, CALL, REQUESTED, new BigDecimal("60.00"),
                            AWARDED_AT));
        }

        @Test
        void givenCallStillOpen_whenAward_thenRefused() {
            refusedWith(fixture.given(evaluatedStage())
                    .when(new AwardFundApplicationCommand(APP, AWARD, SUBMITTED_AT)), FUND_CALL_STILL_OPEN);
            assertThat(calls.allocations).isEmpty();
        }

        @Test
        void givenMeanJustBelowTheMinimumThatRoundsUpToIt_whenAward_thenRefused() {
            // (59.99 + 60.00) / 2 = 59.995, which rounds to 60.00 but does not reach a minimum of 60
            refusedWith(fixture.given(evaluatedStage(evaluated("ana", 60, 60, "59.99"),
                    evaluated("beto", 60, 60, "60.00"))).when(award(REQUESTED)), SCORE_BELOW_MINIMUM);
            assertThat(calls.allocations).isEmpty();
        }

        @Test
        void givenOneEvaluation_whenAward_thenRefused() {
            refusedWith(fixture.given(evaluatedStage(evaluated("ana", 80, 70, "76.00"))).when(award(AWARD)),
                    NOT_ENOUGH_EVALUATIONS);
            assertThat(calls.allocations).isEmpty();
        }

        @Test
        void givenNoEvaluation_whenAward_thenRefused() {
            refusedWith(fixture.given(admissibleStage()).when(award(AWARD)), NOT_ENOUGH_EVALUATIONS);
        }

        @Test
        void givenMeanBelowTheMinimum_whenAward_thenRefused() {
            // (60.00 + 59.80) / 2 = 59.90 < 60
            refusedWith(fixture.given(evaluatedStage(evaluated("ana", 60, 60, "60.00"),
                            evaluated("beto", 63, 55, "59.80")))
                    .when(award(AWARD)), SCORE_BELOW_MINIMUM);
            assertThat(calls.allocations).isEmpty();
        }

        @Test
        void givenEvaluated_whenAwardMoreThanRequested_thenRefused() {
            refusedWith(fixture.given(evaluatedStage()).when(award(Clp.of(REQUESTED.amount() + 1))),
                    AWARD_EXCEEDS_REQUEST);
            assertThat(calls.allocations).isEmpty();
        }

        @Test
        void givenEvaluated_whenAwardZero_thenRefused() {
            refusedWith(fixture.given(evaluatedStage()).when(award(Clp.ZERO)), VALIDATION_FAILED);
            assertThat(calls.allocations).isEmpty();
        }

        @Test
        void givenCallBudgetShort_whenAward_thenRefusedWithTheCallsReason() {
            calls.refuseAllocations(new DomainException(INSUFFICIENT_CALL_BUDGET, "1 CLP left"));

            refusedWith(fixture.given(evaluatedStage()).when(award(AWARD)), INSUFFICIENT_CALL_BUDGET);
        }

        @Test
        void givenGroupCapShort_whenAward_thenRefusedWithTheCallsReason() {
            calls.refuseAllocations(new DomainException(GROUP_CAP_EXCEEDED, "group 2 is spent"));

            refusedWith(fixture.given(evaluatedStage()).when(award(AWARD)), GROUP_CAP_EXCEEDED);
        }

        @Test
        void givenAwarded_whenAwardAgain_thenRefused() {
            refusedWith(fixture.given(awardedStage()).when(award(AWARD)), INVALID_STATE_TRANSITION);
            assertThat(calls.allocations).isEmpty();
        }

        @Test
        void givenRejected_whenAward_thenRefused() {
            refusedWith(fixture.given(append(evaluatedStage(),
                            new FundApplicationRejectedEvent(APP, "Sin presupuesto", new BigDecimal("73.00"),
                                    REJECTED_AT)))
                    .when(award(AWARD)), INVALID_STATE_TRANSITION);
        }
    }

    @Nested
    class Reject {

        @Test
        void givenEvaluated_whenReject_thenRejectedWithTheFinalScore() {
            fixture.given(evaluatedStage())
                    .when(new RejectFundApplicationCommand(APP, "Otras postulaciones puntuaron más alto", REJECTED_AT))
                    .expectEvents(new FundApplicationRejectedEvent(APP, "Otras postulaciones puntuaron más alto",
                            new BigDecimal("73.00"), REJECTED_AT));
        }

        @Test
        void givenOneEvaluation_whenReject_thenRejectedWithThatScore() {
            fixture.given(evaluatedStage(evaluated("ana", 40, 30, "36.00")))
                    .when(new RejectFundApplicationCommand(APP, "Puntaje insuficiente", REJECTED_AT))
                    .expectEvents(new FundApplicationRejectedEvent(APP, "Puntaje insuficiente",
                            new BigDecimal("36.00"), REJECTED_AT));
        }

        @Test
        void givenEvaluated_whenRejectWithoutReason_thenRefused() {
            refusedWith(fixture.given(evaluatedStage()).when(new RejectFundApplicationCommand(APP, " ", REJECTED_AT)),
                    VALIDATION_FAILED);
        }

        @Test
        void givenAdmissible_whenReject_thenRefused() {
            refusedWith(fixture.given(admissibleStage())
                    .when(new RejectFundApplicationCommand(APP, "No", REJECTED_AT)), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAwarded_whenReject_thenRefused() {
            refusedWith(fixture.given(awardedStage())
                    .when(new RejectFundApplicationCommand(APP, "No", REJECTED_AT)), INVALID_STATE_TRANSITION);
        }
    }

    @Nested
    class SignAgreement {

        @Test
        void givenAwarded_whenSign_thenAgreementSigned() {
            fixture.given(awardedStage())
                    .when(new SignFundAgreementCommand(APP, "CONV-2025-017", SIGNED_AT))
                    .expectEvents(new FundAgreementSignedEvent(APP, "CONV-2025-017", SIGNED_AT));
        }

        @Test
        void givenEvaluated_whenSign_thenRefused() {
            refusedWith(fixture.given(evaluatedStage())
                    .when(new SignFundAgreementCommand(APP, "CONV-2025-017", SIGNED_AT)), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenSigned_whenSignAgain_thenRefused() {
            refusedWith(fixture.given(signedStage())
                    .when(new SignFundAgreementCommand(APP, "CONV-2025-018", SIGNED_AT)), INVALID_STATE_TRANSITION);
        }
    }

    @Nested
    class PayTranche {

        private PayFundTrancheCommand pay(int tranche, long amount) {
            return new PayFundTrancheCommand(APP, tranche, Clp.of(amount), PAID_AT);
        }

        @Test
        void givenSigned_whenPayFirstTranche_thenPaid() {
            fixture.given(signedStage())
                    .when(pay(1, 5_000_000))
                    .expectEvents(paid(1, 5_000_000));
        }

        @Test
        void givenSigned_whenPayTheWholeAwardAtOnce_thenPaid() {
            fixture.given(signedStage())
                    .when(pay(1, AWARD.amount()))
                    .expectEvents(paid(1, AWARD.amount()));
        }

        @Test
        void givenFirstReportAccepted_whenPaySecondTranche_thenPaid() {
            fixture.given(signedStage(paid(1, 5_000_000), reported(1, 5_000_000), accepted(1)))
                    .when(pay(2, 3_000_000))
                    .expectEvents(paid(2, 3_000_000));
        }

        @Test
        void givenSigned_whenPaySecondTrancheFirst_thenRefused() {
            refusedWith(fixture.given(signedStage()).when(pay(2, 1_000_000)), TRANCHE_OUT_OF_ORDER);
        }

        @Test
        void givenFirstPaid_whenPayFirstAgain_thenRefused() {
            refusedWith(fixture.given(signedStage(paid(1, 5_000_000), reported(1, 5_000_000), accepted(1)))
                    .when(pay(1, 1_000_000)), TRANCHE_OUT_OF_ORDER);
        }

        @Test
        void givenFirstReportPending_whenPaySecondTranche_thenRefused() {
            refusedWith(fixture.given(signedStage(paid(1, 5_000_000))).when(pay(2, 1_000_000)),
                    PREVIOUS_REPORT_NOT_ACCEPTED);
        }

        @Test
        void givenFirstReportSubmittedNotReviewed_whenPaySecondTranche_thenRefused() {
            refusedWith(fixture.given(signedStage(paid(1, 5_000_000), reported(1, 5_000_000)))
                    .when(pay(2, 1_000_000)), PREVIOUS_REPORT_NOT_ACCEPTED);
        }

        @Test
        void givenFirstReportObserved_whenPaySecondTranche_thenRefused() {
            refusedWith(fixture.given(signedStage(paid(1, 5_000_000), reported(1, 5_000_000), observed(1)))
                    .when(pay(2, 1_000_000)), PREVIOUS_REPORT_NOT_ACCEPTED);
        }

        @Test
        void givenSigned_whenPayMoreThanTheAward_thenRefused() {
            refusedWith(fixture.given(signedStage()).when(pay(1, AWARD.amount() + 1)), DISBURSEMENT_EXCEEDS_AWARD);
        }

        @Test
        void givenFiveOfEightMillionPaid_whenPayMoreThanTheRest_thenRefused() {
            refusedWith(fixture.given(signedStage(paid(1, 5_000_000), reported(1, 5_000_000), accepted(1)))
                    .when(pay(2, 3_000_001)), DISBURSEMENT_EXCEEDS_AWARD);
        }

        @Test
        void givenSigned_whenPayZero_thenRefused() {
            refusedWith(fixture.given(signedStage()).when(pay(1, 0)), VALIDATION_FAILED);
        }

        @Test
        void givenAwardedNotSigned_whenPay_thenRefused() {
            refusedWith(fixture.given(awardedStage()).when(pay(1, 1_000_000)), INVALID_STATE_TRANSITION);
        }
    }

    @Nested
    class SubmitReport {

        private SubmitFundReportCommand report(int tranche) {
            return new SubmitFundReportCommand(APP, tranche, "Gastos del tramo " + tranche, Clp.of(4_900_000),
                    REPORTED_AT);
        }

        @Test
        void givenTranchePaid_whenSubmitReport_thenReportSubmitted() {
            fixture.given(signedStage(paid(1, 5_000_000)))
                    .when(report(1))
                    .expectEvents(reported(1, 4_900_000));
        }

        @Test
        void givenReportObserved_whenResubmit_thenReportSubmitted() {
            fixture.given(signedStage(paid(1, 5_000_000), reported(1, 4_000_000), observed(1)))
                    .when(report(1))
                    .expectEvents(reported(1, 4_900_000));
        }

        @Test
        void givenReportSubmitted_whenSubmitAgain_thenRefused() {
            refusedWith(fixture.given(signedStage(paid(1, 5_000_000), reported(1, 4_900_000))).when(report(1)),
                    REPORT_NOT_EXPECTED);
        }

        @Test
        void givenReportAccepted_whenSubmitAgain_thenRefused() {
            refusedWith(fixture.given(signedStage(paid(1, 5_000_000), reported(1, 4_900_000), accepted(1)))
                    .when(report(1)), REPORT_NOT_EXPECTED);
        }

        @Test
        void givenOneTranchePaid_whenReportOnAnUnpaidTranche_thenRefused() {
            refusedWith(fixture.given(signedStage(paid(1, 5_000_000))).when(report(2)), REPORT_NOT_EXPECTED);
        }

        @Test
        void givenOneTranchePaid_whenReportOnTrancheZero_thenRefused() {
            refusedWith(fixture.given(signedStage(paid(1, 5_000_000))).when(report(0)), REPORT_NOT_EXPECTED);
        }

        @Test
        void givenTranchePaid_whenSubmitReportWithoutSummary_thenRefused() {
            refusedWith(fixture.given(signedStage(paid(1, 5_000_000)))
                    .when(new SubmitFundReportCommand(APP, 1, " ", Clp.of(1), REPORTED_AT)), VALIDATION_FAILED);
        }

        @Test
        void givenAwardedNotSigned_whenSubmitReport_thenRefused() {
            refusedWith(fixture.given(awardedStage()).when(report(1)), INVALID_STATE_TRANSITION);
        }
    }

    @Nested
    class ReviewReport {

        private final Object[] reportWaiting = signedStage(paid(1, 5_000_000), reported(1, 4_900_000));

        @Test
        void givenReportSubmitted_whenAccept_thenReportAccepted() {
            fixture.given(reportWaiting)
                    .when(new ReviewFundReportCommand(APP, 1, true, null, REVIEWED_AT))
                    .expectEvents(accepted(1));
        }

        @Test
        void givenReportSubmitted_whenObserve_thenReportObserved() {
            fixture.given(reportWaiting)
                    .when(new ReviewFundReportCommand(APP, 1, false, "Faltan boletas", REVIEWED_AT))
                    .expectEvents(observed(1));
        }

        @Test
        void givenReportResubmittedAfterObservation_whenAccept_thenReportAccepted() {
            fixture.given(append(reportWaiting, observed(1), reported(1, 5_000_000)))
                    .when(new ReviewFundReportCommand(APP, 1, true, null, REVIEWED_AT))
                    .expectEvents(accepted(1));
        }

        @Test
        void givenReportSubmitted_whenObserveWithoutObservations_thenRefused() {
            refusedWith(fixture.given(reportWaiting)
                    .when(new ReviewFundReportCommand(APP, 1, false, "  ", REVIEWED_AT)), VALIDATION_FAILED);
        }

        @Test
        void givenReportPending_whenReview_thenRefused() {
            refusedWith(fixture.given(signedStage(paid(1, 5_000_000)))
                    .when(new ReviewFundReportCommand(APP, 1, true, null, REVIEWED_AT)), REPORT_NOT_EXPECTED);
        }

        @Test
        void givenReportObserved_whenReviewBeforeResubmission_thenRefused() {
            refusedWith(fixture.given(append(reportWaiting, observed(1)))
                    .when(new ReviewFundReportCommand(APP, 1, true, null, REVIEWED_AT)), REPORT_NOT_EXPECTED);
        }

        @Test
        void givenReportAccepted_whenReviewAgain_thenRefused() {
            refusedWith(fixture.given(append(reportWaiting, accepted(1)))
                    .when(new ReviewFundReportCommand(APP, 1, false, "Otra cosa", REVIEWED_AT)),
                    REPORT_NOT_EXPECTED);
        }
    }

    /** Who acts: an integrator only for its municipalities, an evaluator only under its own id. */
    @Nested
    class ActingFor {

        private final Map<String, String> santiagoSystem = new Actor("santiago", Role.INTEGRATOR, "Santiago",
                Set.of(SANTIAGO.value()), Set.of()).toMetaData();
        private final Map<String, String> valparaisoRegion = new Actor("v", Role.INTEGRATOR, "Gore Valparaíso",
                Set.of(), Set.of("05")).toMetaData();
        private final Map<String, String> metropolitanRegion = new Actor("rm", Role.INTEGRATOR, "Gore RM",
                Set.of(), Set.of("13")).toMetaData();

        @Test
        void givenIntegratorOfTheCommune_whenDraft_thenDrafted() {
            fixture.givenNoPriorActivity()
                    .when(draft(SANTIAGO, REQUESTED, DRAFTED_AT), santiagoSystem)
                    .expectEvents(drafted(SANTIAGO, REQUESTED, DRAFTED_AT));
        }

        @Test
        void givenIntegratorOfTheRegion_whenDraft_thenDrafted() {
            fixture.givenNoPriorActivity()
                    .when(draft(SANTIAGO, REQUESTED, DRAFTED_AT), metropolitanRegion)
                    .expectEvents(drafted(SANTIAGO, REQUESTED, DRAFTED_AT));
        }

        @Test
        void givenIntegratorOfAnotherRegion_whenDraft_thenForbidden() {
            refusedWith(fixture.givenNoPriorActivity().when(draft(SANTIAGO, REQUESTED, DRAFTED_AT), valparaisoRegion),
                    FORBIDDEN);
        }

        @Test
        void givenIntegratorOfAnotherRegion_whenSubmit_thenForbidden() {
            refusedWith(fixture.given(draftStage()).when(new SubmitFundApplicationCommand(APP, IN_WINDOW),
                    valparaisoRegion), FORBIDDEN);
        }

        @Test
        void givenIntegratorOfAnotherRegion_whenReport_thenForbidden() {
            refusedWith(fixture.given(signedStage(new FundTranchePaidEvent(APP, 1, Clp.of(1_000_000), PAID_AT)))
                    .when(new SubmitFundReportCommand(APP, 1, "Avance", Clp.of(1_000_000), REPORTED_AT),
                            valparaisoRegion), FORBIDDEN);
        }

        @Test
        void givenEvaluatorCredentialOfAnother_whenEvaluate_thenForbidden() {
            Map<String, String> beto = new Actor("beto", Role.EVALUATOR, "beto", Set.of(), Set.of()).toMetaData();
            refusedWith(fixture.given(admissibleStage()).when(new EvaluateFundApplicationCommand(APP, "ana",
                    scores(80, 70), EVALUATED_AT), beto), FORBIDDEN);
        }

        @Test
        void givenEvaluatorCredentialOfTheSameEvaluator_whenEvaluate_thenEvaluated() {
            Map<String, String> ana = new Actor("ana", Role.EVALUATOR, "ana", Set.of(), Set.of()).toMetaData();
            fixture.given(admissibleStage())
                    .when(new EvaluateFundApplicationCommand(APP, "ana", scores(80, 70), EVALUATED_AT), ana)
                    .expectEvents(evaluated("ana", 80, 70, "76.00"));
        }
    }

    @Nested
    class Close {

        private final CloseFundApplicationCommand close = new CloseFundApplicationCommand(APP, CLOSED_AT);

        @Test
        void givenEveryReportAccepted_whenClose_thenClosedWithTotalDisbursed() {
            fixture.given(signedStage(paid(1, 5_000_000), reported(1, 5_000_000), accepted(1),
                            paid(2, 3_000_000), reported(2, 3_000_000), accepted(2)))
                    .when(close)
                    .expectEvents(new FundApplicationClosedEvent(APP, Clp.of(8_000_000), CLOSED_AT));
        }

        @Test
        void givenLastTrancheReportPending_whenClose_thenRefused() {
            refusedWith(fixture.given(signedStage(paid(1, 5_000_000), reported(1, 5_000_000), accepted(1),
                    paid(2, 3_000_000))).when(close), REPORTS_PENDING);
        }

        @Test
        void givenLastReportSubmittedNotAccepted_whenClose_thenRefused() {
            refusedWith(fixture.given(signedStage(paid(1, 5_000_000), reported(1, 5_000_000))).when(close),
                    REPORTS_PENDING);
        }

        @Test
        void givenAwardedNotSigned_whenClose_thenRefused() {
            refusedWith(fixture.given(awardedStage()).when(close), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenClosed_whenCloseAgain_thenRefused() {
            refusedWith(fixture.given(signedStage(paid(1, 5_000_000), reported(1, 5_000_000), accepted(1),
                            new FundApplicationClosedEvent(APP, Clp.of(5_000_000), CLOSED_AT)))
                    .when(close), INVALID_STATE_TRANSITION);
        }
    }
}
