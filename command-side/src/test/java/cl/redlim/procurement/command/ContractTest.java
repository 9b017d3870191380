package cl.redlim.procurement.command;

import cl.redlim.kernel.Clp;
import cl.redlim.procurement.api.*;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cl.redlim.kernel.ErrorCode.*;
import static cl.redlim.procurement.command.Histories.*;
import static cl.redlim.testsupport.Refusals.refusedWith;

/** After the award: contracts, purchase orders, payments, amendments, terminations and completion. */
class ContractTest {

    /** Contract c1 is worth 90,000,000 CLP: amendments may take it to 117,000,000 CLP. */
    private static final long VALUE = 90_000_000;
    private static final long CEILING = 117_000_000;

    private FixtureConfiguration<ProcurementProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static SignContractCommand sign(String contractId, String awardId, long value) {
        return new SignContractCommand(ID, contractId, awardId, Clp.of(value), STARTS_ON, ENDS_ON, SIGNED_AT);
    }

    private static IssuePurchaseOrderCommand order(String orderId, long amount) {
        return new IssuePurchaseOrderCommand(ID, "c1", orderId, Clp.of(amount), "Entrega parcial", LATER);
    }

    private static RecordContractPaymentCommand pay(String paymentId, long amount, String orderId) {
        return new RecordContractPaymentCommand(ID, "c1", paymentId, Clp.of(amount), orderId, LATER);
    }

    private static AmendContractCommand amendValue(long value) {
        return new AmendContractCommand(ID, "c1", Clp.of(value), null, "Obras adicionales", LATER);
    }

    private static ContractAmendedEvent amended(String amendmentId, long previous, long value, LocalDate previousEnd,
                                                LocalDate end) {
        return new ContractAmendedEvent(ID, "c1", amendmentId, Clp.of(previous), Clp.of(value), previousEnd, end,
                "Obras adicionales", LATER);
    }

    private static ContractTerminatedEvent terminated(String contractId) {
        return new ContractTerminatedEvent(ID, contractId, "Incumplimiento grave", LATER);
    }

    /** Two lots awarded: n1 to ACME (40,000,000) and s2 to GAMMA (41,000,000). */
    private static Object[] awardedTwoLots() {
        BidSubmittedEvent n1 = bid("n1", ACME, 40_000_000, "norte");
        BidSubmittedEvent s2 = bid("s2", GAMMA, 41_000_000, "sur");
        return append(publishedWithLots(), n1, s2, opened(2), admissible("n1"), admissible("s2"),
                new BidsEvaluatedEvent(ID, List.of(new BidScore("n1", 90), new BidScore("s2", 80)), "Acta",
                        EVALUATED_AT),
                new ProcurementAwardedEvent(ID, List.of(awardOf(n1), awardOf(s2)), AWARDED_AT));
    }

    @Nested
    class Sign {

        @Test
        void givenAnAward_whenSignForLessThanTheAward_thenSignedWithTheAwardsSupplier() {
            fixture.given(awarded())
                    .when(sign("c1", "b1", VALUE))
                    .expectEvents(signed("c1", "b1", ACME, VALUE));
        }

        @Test
        void givenAnAward_whenSignForExactlyTheAward_thenSigned() {
            fixture.given(awarded())
                    .when(sign("c1", "b1", 95_000_000))
                    .expectEvents(signed("c1", "b1", ACME, 95_000_000));
        }

        @Test
        void givenAnAward_whenSignForOnePesoAboveTheAward_thenRefused() {
            refusedWith(fixture.given(awarded()).when(sign("c1", "b1", 95_000_001)), CONTRACT_EXCEEDS_AWARD);
        }

        @Test
        void givenAContract_whenSignASecondOneForTheSameAward_thenRefused() {
            refusedWith(fixture.given(contracted()).when(sign("c2", "b1", 1_000)), CONTRACT_EXCEEDS_AWARD);
        }

        @Test
        void givenAnAward_whenSignForAnUnknownAward_thenRefused() {
            refusedWith(fixture.given(awarded()).when(sign("c1", "b2", 1_000)), UNKNOWN_AWARD);
        }

        @Test
        void givenAnAward_whenSignForZeroPesos_thenRefused() {
            refusedWith(fixture.given(awarded()).when(sign("c1", "b1", 0)), VALIDATION_FAILED);
        }

        @Test
        void givenAnAward_whenSignEndingBeforeItStarts_thenRefused() {
            refusedWith(fixture.given(awarded()).when(new SignContractCommand(ID, "c1", "b1", Clp.of(VALUE),
                    ENDS_ON, STARTS_ON, SIGNED_AT)), VALIDATION_FAILED);
        }

        @Test
        void givenAnAward_whenSignEndingTheDayItStarts_thenSigned() {
            fixture.given(awarded())
                    .when(new SignContractCommand(ID, "c1", "b1", Clp.of(VALUE), STARTS_ON, STARTS_ON, SIGNED_AT))
                    .expectEvents(new ContractSignedEvent(ID, "c1", "b1", ACME, Clp.of(VALUE), STARTS_ON, STARTS_ON,
                            SIGNED_AT));
        }

        @Test
        void givenTwoLotsAndOneContract_whenSignTheOtherWithTheSameContractId_thenRefused() {
            refusedWith(fixture.given(append(awardedTwoLots(), signed("c1", "n1", ACME, 40_000_000)))
                    .when(sign("c1", "s2", 41_000_000)), ALREADY_EXISTS);
        }

        @Test
        void givenTwoLotsAndOneContract_whenSignTheOther_thenSigned() {
            fixture.given(append(awardedTwoLots(), signed("c1", "n1", ACME, 40_000_000)))
                    .when(sign("c2", "s2", 41_000_000))
                    .expectEvents(signed("c2", "s2", GAMMA, 41_000_000));
        }

        @Test
        void givenAnEvaluationWithoutAward_whenSign_thenRefused() {
            refusedWith(fixture.given(evaluated()).when(sign("c1", "b1", VALUE)), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenADirectAward_whenSign_thenSigned() {
            fixture.given(append(plannedDirectAward(), new ProcurementAwardedEvent(ID, List.of(new AwardLine("a1",
                            null, DELTA, "Delta SpA", Clp.of(12_000_000), null)), AWARDED_AT)))
                    .when(sign("c1", "a1", 12_000_000))
                    .expectEvents(signed("c1", "a1", DELTA, 12_000_000));
        }

        @Test
        void givenAnAward_whenAnotherCommuneSigns_thenForbidden() {
            refusedWith(fixture.given(awarded()).when(sign("c1", "b1", VALUE), foreignIntegrator()), FORBIDDEN);
        }
    }

    @Nested
    class PurchaseOrders {

        @Test
        void givenAContract_whenOrderWithinItsValue_thenIssued() {
            fixture.given(contracted()).when(order("o1", 30_000_000)).expectEvents(ordered("o1", 30_000_000));
        }

        @Test
        void givenOrders_whenOrderUpToExactlyTheValue_thenIssued() {
            fixture.given(append(contracted(), ordered("o1", 60_000_000)))
                    .when(order("o2", 30_000_000))
                    .expectEvents(ordered("o2", 30_000_000));
        }

        @Test
        void givenOrders_whenOrderOnePesoBeyondTheValue_thenRefused() {
            refusedWith(fixture.given(append(contracted(), ordered("o1", 60_000_000))).when(order("o2", 30_000_001)),
                    PURCHASE_ORDERS_EXCEED_CONTRACT);
        }

        @Test
        void givenAnAmendedValue_whenOrderUpToTheNewValue_thenIssued() {
            fixture.given(append(contracted(), amended("c1-amendment-1", VALUE, CEILING, ENDS_ON, ENDS_ON)))
                    .when(order("o1", CEILING))
                    .expectEvents(ordered("o1", CEILING));
        }

        @Test
        void givenAnOrder_whenTheSameOrderIdAgain_thenRefused() {
            refusedWith(fixture.given(append(contracted(), ordered("o1", 1_000))).when(order("o1", 1_000)),
                    ALREADY_EXISTS);
        }

        @Test
        void givenAContract_whenOrderUnderAnUnknownContract_thenRefused() {
            refusedWith(fixture.given(contracted()).when(new IssuePurchaseOrderCommand(ID, "c9", "o1",
                    Clp.of(1_000), "x", LATER)), UNKNOWN_CONTRACT);
        }

        @Test
        void givenAnAwardWithoutContract_whenOrder_thenRefused() {
            refusedWith(fixture.given(awarded()).when(order("o1", 1_000)), UNKNOWN_CONTRACT);
        }

        @Test
        void givenAContract_whenOrderZeroPesos_thenRefused() {
            refusedWith(fixture.given(contracted()).when(order("o1", 0)), VALIDATION_FAILED);
        }

        @Test
        void givenAContract_whenOrderWithoutDescription_thenRefused() {
            refusedWith(fixture.given(contracted()).when(new IssuePurchaseOrderCommand(ID, "c1", "o1",
                    Clp.of(1_000), " ", LATER)), VALIDATION_FAILED);
        }

        @Test
        void givenATerminatedContract_whenOrder_thenRefused() {
            refusedWith(fixture.given(append(awardedTwoLots(), signed("c1", "n1", ACME, 40_000_000),
                    terminated("c1"))).when(order("o1", 1_000)), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenACompletedProcess_whenOrder_thenRefused() {
            refusedWith(fixture.given(append(contracted(), new ProcurementCompletedEvent(ID, LATER)))
                    .when(order("o1", 1_000)), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAContract_whenAnotherCommuneOrders_thenForbidden() {
            refusedWith(fixture.given(contracted()).when(order("o1", 1_000), foreignIntegrator()), FORBIDDEN);
        }
    }

    @Nested
    class Payments {

        @Test
        void givenAContract_whenPayWithinItsValue_thenRecorded() {
            fixture.given(contracted()).when(pay("p1", 30_000_000, null)).expectEvents(paid("p1", 30_000_000, null));
        }

        @Test
        void givenAnOrder_whenPayAgainstIt_thenRecordedWithTheOrder() {
            fixture.given(append(contracted(), ordered("o1", 30_000_000)))
                    .when(pay("p1", 30_000_000, "o1"))
                    .expectEvents(paid("p1", 30_000_000, "o1"));
        }

        @Test
        void givenAContract_whenPayAgainstAnUnknownOrder_thenRefused() {
            refusedWith(fixture.given(contracted()).when(pay("p1", 1_000, "o9")), VALIDATION_FAILED);
        }

        @Test
        void givenPayments_whenPayUpToExactlyTheValue_thenRecorded() {
            fixture.given(append(contracted(), paid("p1", 80_000_000, null)))
                    .when(pay("p2", 10_000_000, null))
                    .expectEvents(paid("p2", 10_000_000, null));
        }

        @Test
        void givenPayments_whenPayOnePesoBeyondTheValue_thenRefused() {
            refusedWith(fixture.given(append(contracted(), paid("p1", 80_000_000, null)))
                    .when(pay("p2", 10_000_001, null)), PAYMENT_EXCEEDS_CONTRACT);
        }

        @Test
        void givenAnAmendmentRaisingTheValue_whenPayBeyondTheOriginalValue_thenRecorded() {
            fixture.given(append(contracted(), paid("p1", VALUE, null),
                            amended("c1-amendment-1", VALUE, 100_000_000, ENDS_ON, ENDS_ON)))
                    .when(pay("p2", 10_000_000, null))
                    .expectEvents(paid("p2", 10_000_000, null));
        }

        @Test
        void givenAPayment_whenTheSamePaymentIdAgain_thenRefused() {
            refusedWith(fixture.given(append(contracted(), paid("p1", 1_000, null))).when(pay("p1", 1_000, null)),
                    ALREADY_EXISTS);
        }

        @Test
        void givenAContract_whenPayZero_thenRefused() {
            refusedWith(fixture.given(contracted()).when(pay("p1", 0, null)), VALIDATION_FAILED);
        }

        @Test
        void givenAContract_whenPayUnderAnUnknownContract_thenRefused() {
            refusedWith(fixture.given(contracted()).when(new RecordContractPaymentCommand(ID, "c9", "p1",
                    Clp.of(1_000), null, LATER)), UNKNOWN_CONTRACT);
        }

        @Test
        void givenATerminatedContract_whenPay_thenRefused() {
            refusedWith(fixture.given(append(contracted(), terminated("c1"))).when(pay("p1", 1_000, null)),
                    INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAContract_whenAnotherCommunePays_thenForbidden() {
            refusedWith(fixture.given(contracted()).when(pay("p1", 1_000, null), foreignIntegrator()), FORBIDDEN);
        }
    }

    @Nested
    class Amend {

        @Test
        void givenAContract_whenRaiseToExactly130Percent_thenAmended() {
            fixture.given(contracted())
                    .when(amendValue(CEILING))
                    .expectEvents(amended("c1-amendment-1", VALUE, CEILING, ENDS_ON, ENDS_ON));
        }

        @Test
        void givenAContract_whenRaiseOnePesoAbove130Percent_thenRefused() {
            refusedWith(fixture.given(contracted()).when(amendValue(CEILING + 1)), CONTRACT_AMENDMENT_LIMIT);
        }

        @Test
        void givenAnOddValue_whenRaiseTo130PercentRoundedDown_thenAmendedButNotOnePesoMore() {
            // 130 % of 1,000,001 is 1,300,001.3: 1,300,001 is within, 1,300,002 is not
            Object[] odd = append(awarded(), signed("c1", "b1", ACME, 1_000_001));
            fixture.given(odd)
                    .when(amendValue(1_300_001))
                    .expectEvents(amended("c1-amendment-1", 1_000_001, 1_300_001, ENDS_ON, ENDS_ON));
            refusedWith(fixture.given(odd).when(amendValue(1_300_002)), CONTRACT_AMENDMENT_LIMIT);
        }

        @Test
        void givenAnAmendment_whenRaiseAgainBeyond130PercentOfTheOriginal_thenRefused() {
            refusedWith(fixture.given(append(contracted(), amended("c1-amendment-1", VALUE, 110_000_000, ENDS_ON,
                    ENDS_ON))).when(amendValue(CEILING + 1)), CONTRACT_AMENDMENT_LIMIT);
        }

        @Test
        void givenAnAmendment_whenRaiseAgainWithin130PercentOfTheOriginal_thenTheSecondAmendment() {
            fixture.given(append(contracted(), amended("c1-amendment-1", VALUE, 110_000_000, ENDS_ON, ENDS_ON)))
                    .when(amendValue(CEILING))
                    .expectEvents(amended("c1-amendment-2", 110_000_000, CEILING, ENDS_ON, ENDS_ON));
        }

        @Test
        void givenAContract_whenExtendTheEndDate_thenAmendedWithTheSameValue() {
            LocalDate later = ENDS_ON.plusMonths(3);
            fixture.given(contracted())
                    .when(new AmendContractCommand(ID, "c1", null, later, "Obras adicionales", LATER))
                    .expectEvents(amended("c1-amendment-1", VALUE, VALUE, ENDS_ON, later));
        }

        @Test
        void givenAContract_whenLowerTheValue_thenAmended() {
            fixture.given(contracted())
                    .when(amendValue(50_000_000))
                    .expectEvents(amended("c1-amendment-1", VALUE, 50_000_000, ENDS_ON, ENDS_ON));
        }

        @Test
        void givenOrders_whenLowerTheValueBelowThem_thenRefused() {
            refusedWith(fixture.given(append(contracted(), ordered("o1", 60_000_000))).when(amendValue(59_999_999)),
                    CONTRACT_AMENDMENT_LIMIT);
        }

        @Test
        void givenPayments_whenLowerTheValueBelowThem_thenRefused() {
            refusedWith(fixture.given(append(contracted(), paid("p1", 60_000_000, null))).when(amendValue(59_999_999)),
                    CONTRACT_AMENDMENT_LIMIT);
        }

        @Test
        void givenPayments_whenLowerTheValueToExactlyThem_thenAmended() {
            fixture.given(append(contracted(), paid("p1", 60_000_000, null)))
                    .when(amendValue(60_000_000))
                    .expectEvents(amended("c1-amendment-1", VALUE, 60_000_000, ENDS_ON, ENDS_ON));
        }

        @Test
        void givenAContract_whenAmendChangingNothing_thenRefused() {
            refusedWith(fixture.given(contracted()).when(new AmendContractCommand(ID, "c1", Clp.of(VALUE), ENDS_ON,
                    "Nada", LATER)), VALIDATION_FAILED);
        }

        @Test
        void givenAContract_whenAmendToZero_thenRefused() {
            refusedWith(fixture.given(contracted()).when(amendValue(0)), VALIDATION_FAILED);
        }

        @Test
        void givenAContract_whenEndBeforeItStarts_thenRefused() {
            refusedWith(fixture.given(contracted()).when(new AmendContractCommand(ID, "c1", null,
                    STARTS_ON.minusDays(1), "Error", LATER)), VALIDATION_FAILED);
        }

        @Test
        void givenAContract_whenAmendWithoutRationale_thenRefused() {
            refusedWith(fixture.given(contracted()).when(new AmendContractCommand(ID, "c1", Clp.of(100_000_000),
                    null, " ", LATER)), VALIDATION_FAILED);
        }

        @Test
        void givenAContract_whenAmendAnUnknownContract_thenRefused() {
            refusedWith(fixture.given(contracted()).when(new AmendContractCommand(ID, "c9", Clp.of(100_000_000),
                    null, "Obras", LATER)), UNKNOWN_CONTRACT);
        }

        @Test
        void givenATerminatedContract_whenAmend_thenRefused() {
            refusedWith(fixture.given(append(contracted(), terminated("c1"))).when(amendValue(100_000_000)),
                    INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAContract_whenAnotherCommuneAmends_thenForbidden() {
            refusedWith(fixture.given(contracted()).when(amendValue(100_000_000), foreignIntegrator()), FORBIDDEN);
        }
    }

    @Nested
    class Terminate {

        private TerminateContractCommand terminate(String contractId) {
            return new TerminateContractCommand(ID, contractId, "Incumplimiento grave", LATER);
        }

        @Test
        void givenAContract_whenTerminate_thenTerminated() {
            fixture.given(contracted()).when(terminate("c1")).expectEvents(terminated("c1"));
        }

        @Test
        void givenTheOnlyContractTerminated_whenAnythingElse_thenTheProcessIsTerminated() {
            // TERMINATED: no completion, no new contract
            refusedWith(fixture.given(append(contracted(), terminated("c1")))
                    .when(new CompleteProcurementCommand(ID, LATER)), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenTwoLotsOneTerminated_whenSignTheOther_thenSigned() {
            fixture.given(append(awardedTwoLots(), signed("c1", "n1", ACME, 40_000_000), terminated("c1")))
                    .when(sign("c2", "s2", 41_000_000))
                    .expectEvents(signed("c2", "s2", GAMMA, 41_000_000));
        }

        @Test
        void givenTwoContractsOneTerminated_whenTerminateTheOther_thenTerminatedAndNothingMoreIsAllowed() {
            Object[] both = append(awardedTwoLots(), signed("c1", "n1", ACME, 40_000_000),
                    signed("c2", "s2", GAMMA, 41_000_000), terminated("c1"));
            fixture.given(both).when(terminate("c2")).expectEvents(terminated("c2"));
            refusedWith(fixture.given(append(both, terminated("c2"))).when(new CompleteProcurementCommand(ID, LATER)),
                    INVALID_STATE_TRANSITION);
        }

        @Test
        void givenTwoContractsOneTerminated_whenComplete_thenCompleted() {
            fixture.given(append(awardedTwoLots(), signed("c1", "n1", ACME, 40_000_000),
                            signed("c2", "s2", GAMMA, 41_000_000), terminated("c1")))
                    .when(new CompleteProcurementCommand(ID, LATER))
                    .expectEvents(new ProcurementCompletedEvent(ID, LATER));
        }

        @Test
        void givenATerminatedContract_whenTerminateAgain_thenRefused() {
            refusedWith(fixture.given(append(awardedTwoLots(), signed("c1", "n1", ACME, 40_000_000),
                    terminated("c1"))).when(terminate("c1")), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAContract_whenTerminateAnUnknownContract_thenRefused() {
            refusedWith(fixture.given(contracted()).when(terminate("c9")), UNKNOWN_CONTRACT);
        }

        @Test
        void givenAContract_whenTerminateWithoutReason_thenRefused() {
            refusedWith(fixture.given(contracted()).when(new TerminateContractCommand(ID, "c1", " ", LATER)),
                    VALIDATION_FAILED);
        }

        @Test
        void givenAContract_whenAnotherCommuneTerminates_thenForbidden() {
            refusedWith(fixture.given(contracted()).when(terminate("c1"), foreignIntegrator()), FORBIDDEN);
        }
    }

    @Nested
    class Complete {

        private final CompleteProcurementCommand complete = new CompleteProcurementCommand(ID, LATER);

        @Test
        void givenEveryAwardContracted_whenComplete_thenCompleted() {
            fixture.given(contracted()).when(complete).expectEvents(new ProcurementCompletedEvent(ID, LATER));
        }

        @Test
        void givenAnAwardWithoutContract_whenComplete_thenRefused() {
            refusedWith(fixture.given(append(awardedTwoLots(), signed("c1", "n1", ACME, 40_000_000)))
                    .when(complete), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAnAwardOnly_whenComplete_thenRefused() {
            refusedWith(fixture.given(awarded()).when(complete), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenACompletedProcess_whenCompleteAgain_thenRefused() {
            refusedWith(fixture.given(append(contracted(), new ProcurementCompletedEvent(ID, LATER))).when(complete),
                    INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAVoidTender_whenComplete_thenRefused() {
            refusedWith(fixture.given(append(publishedTender(), new ProcurementDeclaredVoidEvent(ID, "Sin ofertas",
                    CLOSES_AT))).when(complete), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenEveryAwardContracted_whenAnotherCommuneCompletes_thenForbidden() {
            refusedWith(fixture.given(contracted()).when(complete, foreignIntegrator()), FORBIDDEN);
        }
    }
}
