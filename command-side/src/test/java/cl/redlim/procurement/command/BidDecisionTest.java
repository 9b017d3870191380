package cl.redlim.procurement.command;

import cl.redlim.kernel.Clp;
import cl.redlim.procurement.api.*;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static cl.redlim.kernel.ErrorCode.*;
import static cl.redlim.procurement.command.Histories.*;
import static cl.redlim.testsupport.Refusals.refusedWith;

/** After the opening: admissibility, evaluation, award or void; and the direct awards, straight from the plan. */
class BidDecisionTest {

    private FixtureConfiguration<ProcurementProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static List<BidScore> scores(Object... bidAndScore) {
        List<BidScore> scores = new ArrayList<>();
        for (int i = 0; i < bidAndScore.length; i += 2) {
            scores.add(new BidScore((String) bidAndScore[i], (Integer) bidAndScore[i + 1]));
        }
        return scores;
    }

    private static EvaluateBidsCommand evaluate(List<BidScore> scores) {
        return new EvaluateBidsCommand(ID, scores, "Acta de evaluación", EVALUATED_AT);
    }

    private static AwardBidsCommand award(String... bidIds) {
        return new AwardBidsCommand(ID, Arrays.asList(bidIds), AWARDED_AT);
    }

    private static ProcurementAwardedEvent awardedTo(BidSubmittedEvent... bids) {
        return new ProcurementAwardedEvent(ID, Arrays.stream(bids).map(Histories::awardOf).toList(), AWARDED_AT);
    }

    @Nested
    class Admissibility {

        private DecideBidAdmissibilityCommand decide(String bidId, boolean admissible, String... reasons) {
            return new DecideBidAdmissibilityCommand(ID, bidId, admissible, Arrays.asList(reasons), DECIDED_AT);
        }

        @Test
        void givenOpenedBids_whenDeclareAdmissible_thenDeclared() {
            fixture.given(opened()).when(decide("b1", true)).expectEvents(admissible("b1"));
        }

        @Test
        void givenOpenedBids_whenDeclareInadmissibleWithReasons_thenDeclaredWithThem() {
            fixture.given(opened())
                    .when(decide("b3", false, "Sin boleta de garantía", " "))
                    .expectEvents(inadmissible("b3"));
        }

        @Test
        void givenOpenedBids_whenDeclareInadmissibleWithoutReasons_thenRefused() {
            refusedWith(fixture.given(opened()).when(decide("b3", false, " ")), VALIDATION_FAILED);
        }

        @Test
        void givenOpenedBids_whenDeclareInadmissibleWithNoReasonList_thenRefused() {
            refusedWith(fixture.given(opened()).when(new DecideBidAdmissibilityCommand(ID, "b3", false, null,
                    DECIDED_AT)), VALIDATION_FAILED);
        }

        @Test
        void givenADecidedBid_whenDecideItAgain_thenRefused() {
            refusedWith(fixture.given(append(opened(), admissible("b1"))).when(decide("b1", false, "Error")),
                    INVALID_STATE_TRANSITION);
        }

        @Test
        void givenOpenedBids_whenDecideAnUnknownBid_thenRefused() {
            refusedWith(fixture.given(opened()).when(decide("b9", true)), UNKNOWN_BID);
        }

        @Test
        void givenAClosedButUnopenedTender_whenDecide_thenRefused() {
            refusedWith(fixture.given(threeBids(publishedTender())).when(decide("b1", true)),
                    INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAnEvaluation_whenDecide_thenRefused() {
            refusedWith(fixture.given(evaluated()).when(decide("b3", true)), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenOpenedBids_whenAnotherCommuneDecides_thenForbidden() {
            refusedWith(fixture.given(opened()).when(decide("b1", true), foreignIntegrator()), FORBIDDEN);
        }
    }

    @Nested
    class Evaluate {

        @Test
        void givenEveryBidDecided_whenScoreExactlyTheAdmissibleOnes_thenEvaluated() {
            fixture.given(decided())
                    .when(evaluate(scores("b1", 85, "b2", 70)))
                    .expectEvents(evaluation());
        }

        @Test
        void givenEveryBidDecided_whenScoresAreTheEdges0And100_thenEvaluated() {
            fixture.given(decided())
                    .when(evaluate(scores("b1", 100, "b2", 0)))
                    .expectEvents(new BidsEvaluatedEvent(ID, scores("b1", 100, "b2", 0), "Acta de evaluación",
                            EVALUATED_AT));
        }

        @Test
        void givenABidUndecided_whenEvaluate_thenRefused() {
            refusedWith(fixture.given(append(opened(), admissible("b1"), admissible("b2")))
                    .when(evaluate(scores("b1", 85, "b2", 70))), ADMISSIBILITY_PENDING);
        }

        @Test
        void givenNoAdmissibleBid_whenEvaluate_thenRefused() {
            refusedWith(fixture.given(append(opened(), inadmissible("b1"), inadmissible("b2"), inadmissible("b3")))
                    .when(evaluate(scores())), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenEveryBidDecided_whenAnAdmissibleBidIsNotScored_thenRefused() {
            refusedWith(fixture.given(decided()).when(evaluate(scores("b1", 85))), INVALID_BID_SCORES);
        }

        @Test
        void givenEveryBidDecided_whenABidIsScoredTwice_thenRefused() {
            refusedWith(fixture.given(decided()).when(evaluate(scores("b1", 85, "b2", 70, "b1", 60))),
                    INVALID_BID_SCORES);
        }

        @Test
        void givenEveryBidDecided_whenAScoreIsAbove100_thenRefused() {
            refusedWith(fixture.given(decided()).when(evaluate(scores("b1", 101, "b2", 70))), INVALID_BID_SCORES);
        }

        @Test
        void givenEveryBidDecided_whenAScoreIsNegative_thenRefused() {
            refusedWith(fixture.given(decided()).when(evaluate(scores("b1", -1, "b2", 70))), INVALID_BID_SCORES);
        }

        @Test
        void givenEveryBidDecided_whenThereAreNoScores_thenRefused() {
            refusedWith(fixture.given(decided()).when(evaluate(null)), INVALID_BID_SCORES);
        }

        @Test
        void givenEveryBidDecided_whenAnInadmissibleBidIsScored_thenRefused() {
            refusedWith(fixture.given(decided()).when(evaluate(scores("b1", 85, "b2", 70, "b3", 90))),
                    BID_NOT_ADMISSIBLE);
        }

        @Test
        void givenEveryBidDecided_whenAnUnknownBidIsScored_thenRefused() {
            refusedWith(fixture.given(decided()).when(evaluate(scores("b1", 85, "b2", 70, "b9", 90))), UNKNOWN_BID);
        }

        @Test
        void givenEveryBidDecided_whenTheReportIsBlank_thenRefused() {
            refusedWith(fixture.given(decided()).when(new EvaluateBidsCommand(ID, scores("b1", 85, "b2", 70), " ",
                    EVALUATED_AT)), VALIDATION_FAILED);
        }

        @Test
        void givenAnEvaluation_whenEvaluateAgain_thenRefused() {
            refusedWith(fixture.given(evaluated()).when(evaluate(scores("b1", 85, "b2", 70))),
                    INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAnOpenTender_whenEvaluate_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(evaluate(scores())), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenEveryBidDecided_whenAnotherCommuneEvaluates_thenForbidden() {
            refusedWith(fixture.given(decided()).when(evaluate(scores("b1", 85, "b2", 70)), foreignIntegrator()),
                    FORBIDDEN);
        }
    }

    @Nested
    class AwardPublicTender {

        @Test
        void givenAnEvaluation_whenAwardAnAdmissibleBid_thenAwardedWithTheBidAsAward() {
            fixture.given(evaluated())
                    .when(award("b2"))
                    .expectEvents(awardedTo(bid("b2", BETA, 99_000_000)));
        }

        @Test
        void givenOpenedBidsNotEvaluated_whenAward_thenRefused() {
            refusedWith(fixture.given(decided()).when(award("b1")), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAnOpenTender_whenAward_thenRefused() {
            refusedWith(fixture.given(threeBids(publishedTender())).when(award("b1")), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAnEvaluation_whenAwardAnInadmissibleBid_thenRefused() {
            refusedWith(fixture.given(evaluated()).when(award("b3")), BID_NOT_ADMISSIBLE);
        }

        @Test
        void givenAnEvaluation_whenAwardAnUnknownBid_thenRefused() {
            refusedWith(fixture.given(evaluated()).when(award("b9")), UNKNOWN_BID);
        }

        @Test
        void givenNoLots_whenAwardTwoBids_thenRefused() {
            refusedWith(fixture.given(evaluated()).when(award("b1", "b2")), LOT_AWARDED_TWICE);
        }

        @Test
        void givenNoLots_whenAwardTheSameBidTwice_thenRefused() {
            refusedWith(fixture.given(evaluated()).when(award("b1", "b1")), LOT_AWARDED_TWICE);
        }

        @Test
        void givenAnEvaluation_whenAwardNoBid_thenRefused() {
            refusedWith(fixture.given(evaluated()).when(award()), VALIDATION_FAILED);
        }

        @Test
        void givenAnAward_whenAwardAgain_thenRefused() {
            refusedWith(fixture.given(awarded()).when(award("b2")), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAnEvaluation_whenAnotherCommuneAwards_thenForbidden() {
            refusedWith(fixture.given(evaluated()).when(award("b1"), foreignIntegrator()), FORBIDDEN);
        }
    }

    @Nested
    class AwardLots {

        private final BidSubmittedEvent norteAcme = bid("n1", ACME, 40_000_000, "norte");
        private final BidSubmittedEvent norteBeta = bid("n2", BETA, 42_000_000, "norte");
        private final BidSubmittedEvent surAcme = bid("s1", ACME, 45_000_000, "sur");
        private final BidSubmittedEvent surGamma = bid("s2", GAMMA, 41_000_000, "sur");

        private Object[] evaluatedLots() {
            return append(publishedWithLots(), norteAcme, norteBeta, surAcme, surGamma, opened(4),
                    admissible("n1"), admissible("n2"), admissible("s1"), admissible("s2"),
                    new BidsEvaluatedEvent(ID, scores("n1", 90, "n2", 80, "s1", 70, "s2", 95), "Acta", EVALUATED_AT));
        }

        @Test
        void givenLots_whenAwardOneBidPerLot_thenOneAwardPerLot() {
            fixture.given(evaluatedLots())
                    .when(award("n1", "s2"))
                    .expectEvents(awardedTo(norteAcme, surGamma));
        }

        @Test
        void givenLots_whenTheSameSupplierWinsBothLots_thenAwarded() {
            fixture.given(evaluatedLots())
                    .when(award("n1", "s1"))
                    .expectEvents(awardedTo(norteAcme, surAcme));
        }

        @Test
        void givenLots_whenAwardOnlyOneLot_thenAwarded() {
            fixture.given(evaluatedLots())
                    .when(award("s2"))
                    .expectEvents(awardedTo(surGamma));
        }

        @Test
        void givenLots_whenAwardTwoBidsForOneLot_thenRefused() {
            refusedWith(fixture.given(evaluatedLots()).when(award("n1", "n2")), LOT_AWARDED_TWICE);
        }
    }

    @Nested
    class AwardCompraAgil {

        private final BidSubmittedEvent q1 = bid("q1", ACME, 5_000_000);
        private final BidSubmittedEvent q2 = bid("q2", BETA, 4_800_000);
        private final BidSubmittedEvent q3 = bid("q3", GAMMA, 5_100_000);

        private Object[] openedQuotes(BidSubmittedEvent... quotes) {
            return append(append(publishedCompraAgil(), (Object[]) quotes), opened(quotes.length));
        }

        @Test
        void givenThreeQuotesOpened_whenAwardWithoutEvaluation_thenAwarded() {
            fixture.given(openedQuotes(q1, q2, q3))
                    .when(award("q2"))
                    .expectEvents(awardedTo(q2));
        }

        @Test
        void givenThreeQuotesOpenedAndOneInadmissible_whenAwardIt_thenRefused() {
            refusedWith(fixture.given(append(openedQuotes(q1, q2, q3), inadmissible("q2"))).when(award("q2")),
                    BID_NOT_ADMISSIBLE);
        }

        @Test
        void givenThreeQuotesOpenedAndOneInadmissible_whenAwardAnother_thenAwarded() {
            fixture.given(append(openedQuotes(q1, q2, q3), inadmissible("q2")))
                    .when(award("q1"))
                    .expectEvents(awardedTo(q1));
        }

        @Test
        void givenTwoQuotes_whenAward_thenRefused() {
            refusedWith(fixture.given(openedQuotes(q1, q2)).when(award("q2")), NOT_ENOUGH_QUOTES);
        }

        @Test
        void givenThreeQuotesEvaluated_whenAward_thenAwarded() {
            fixture.given(append(openedQuotes(q1, q2, q3), admissible("q1"), admissible("q2"), admissible("q3"),
                            new BidsEvaluatedEvent(ID, scores("q1", 80, "q2", 90, "q3", 70), "Acta", EVALUATED_AT)))
                    .when(award("q2"))
                    .expectEvents(awardedTo(q2));
        }

        @Test
        void givenThreeQuotesNotYetOpened_whenAward_thenRefused() {
            refusedWith(fixture.given(append(publishedCompraAgil(), q1, q2, q3)).when(award("q1")),
                    INVALID_STATE_TRANSITION);
        }

        @Test
        void givenThreeQuotes_whenAwardTwo_thenRefused() {
            refusedWith(fixture.given(openedQuotes(q1, q2, q3)).when(award("q1", "q2")), LOT_AWARDED_TWICE);
        }
    }

    @Nested
    class AwardDirectly {

        private final AwardDirectlyCommand direct = new AwardDirectlyCommand(ID, "a1", ACME, "Acme Ltda.",
                Clp.of(12_000_000), AWARDED_AT);

        private ProcurementAwardedEvent directlyAwarded() {
            return new ProcurementAwardedEvent(ID, List.of(new AwardLine("a1", null, ACME, "Acme Ltda.",
                    Clp.of(12_000_000), null)), AWARDED_AT);
        }

        @Test
        void givenAPlannedDirectAward_whenAward_thenAwardedWithoutBid() {
            fixture.given(plannedDirectAward()).when(direct).expectEvents(directlyAwarded());
        }

        @Test
        void givenAPlannedFrameworkPurchase_whenAward_thenAwarded() {
            fixture.given(plannedFramework()).when(direct).expectEvents(directlyAwarded());
        }

        @Test
        void givenAPlannedPublicTender_whenAwardDirectly_thenRefused() {
            refusedWith(fixture.given(planned()).when(direct), PROCUREMENT_METHOD_NOT_ALLOWED);
        }

        @Test
        void givenAPlannedCompraAgil_whenAwardDirectly_thenRefused() {
            refusedWith(fixture.given(plannedCompraAgil()).when(direct), PROCUREMENT_METHOD_NOT_ALLOWED);
        }

        @Test
        void givenADirectAward_whenAwardAgain_thenRefused() {
            refusedWith(fixture.given(append(plannedDirectAward(), directlyAwarded())).when(direct),
                    INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAPlannedDirectAward_whenAwardZeroPesos_thenRefused() {
            refusedWith(fixture.given(plannedDirectAward()).when(new AwardDirectlyCommand(ID, "a1", ACME, "Acme",
                    Clp.ZERO, AWARDED_AT)), VALIDATION_FAILED);
        }

        @Test
        void givenAPlannedDirectAward_whenAwardWithoutSupplierName_thenRefused() {
            refusedWith(fixture.given(plannedDirectAward()).when(new AwardDirectlyCommand(ID, "a1", ACME, "",
                    Clp.of(1000), AWARDED_AT)), VALIDATION_FAILED);
        }

        @Test
        void givenAPlannedDirectAward_whenAnotherCommuneAwards_thenForbidden() {
            refusedWith(fixture.given(plannedDirectAward()).when(direct, foreignIntegrator()), FORBIDDEN);
        }
    }

    @Nested
    class DeclareVoid {

        private DeclareProcurementVoidCommand declare(java.time.Instant at) {
            return new DeclareProcurementVoidCommand(ID, "Ninguna oferta se ajustó a las bases", at);
        }

        private ProcurementDeclaredVoidEvent declared(java.time.Instant at) {
            return new ProcurementDeclaredVoidEvent(ID, "Ninguna oferta se ajustó a las bases", at);
        }

        @Test
        void givenAClosedTenderWithoutBids_whenDeclareVoidAtTheClosingInstant_thenVoid() {
            fixture.given(publishedTender()).when(declare(CLOSES_AT)).expectEvents(declared(CLOSES_AT));
        }

        @Test
        void givenAnOpenTender_whenDeclareVoid_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(declare(CLOSES_AT.minusSeconds(1))), TENDER_STILL_OPEN);
        }

        @Test
        void givenOpenedBidsAllInadmissible_whenDeclareVoid_thenVoid() {
            fixture.given(append(opened(), inadmissible("b1"), inadmissible("b2"), inadmissible("b3")))
                    .when(declare(DECIDED_AT))
                    .expectEvents(declared(DECIDED_AT));
        }

        @Test
        void givenAnEvaluation_whenDeclareVoid_thenVoid() {
            fixture.given(evaluated()).when(declare(AWARDED_AT)).expectEvents(declared(AWARDED_AT));
        }

        @Test
        void givenACompraAgilWithTwoQuotes_whenDeclareVoid_thenVoid() {
            fixture.given(append(publishedCompraAgil(), bid("q1", ACME, 1_000_000), bid("q2", BETA, 1_100_000),
                            opened(2)))
                    .when(declare(DECIDED_AT))
                    .expectEvents(declared(DECIDED_AT));
        }

        @Test
        void givenAnAward_whenDeclareVoid_thenRefused() {
            refusedWith(fixture.given(awarded()).when(declare(LATER)), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAPlannedTender_whenDeclareVoid_thenRefused() {
            refusedWith(fixture.given(planned()).when(declare(LATER)), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAVoidTender_whenDeclareVoidAgain_thenRefused() {
            refusedWith(fixture.given(append(publishedTender(), declared(CLOSES_AT))).when(declare(LATER)),
                    INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAPlannedDirectAward_whenDeclareVoid_thenRefused() {
            refusedWith(fixture.given(plannedDirectAward()).when(declare(LATER)), PROCUREMENT_METHOD_NOT_ALLOWED);
        }

        @Test
        void givenAClosedTender_whenDeclareVoidWithoutReason_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(new DeclareProcurementVoidCommand(ID, " ", LATER)),
                    VALIDATION_FAILED);
        }

        @Test
        void givenAClosedTender_whenAnotherCommuneDeclaresVoid_thenForbidden() {
            refusedWith(fixture.given(publishedTender()).when(declare(LATER), foreignIntegrator()), FORBIDDEN);
        }
    }
}
