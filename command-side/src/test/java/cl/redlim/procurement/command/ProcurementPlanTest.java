package cl.redlim.procurement.command;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.procurement.api.DirectAwardGround;
import cl.redlim.procurement.api.PlanProcurementCommand;
import cl.redlim.procurement.api.ProcurementItem;
import cl.redlim.procurement.api.ProcurementPlannedEvent;
import cl.redlim.procurement.api.TenderType;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cl.redlim.kernel.ErrorCode.*;
import static cl.redlim.procurement.api.ProcurementMethod.COMPRA_AGIL;
import static cl.redlim.procurement.command.Histories.*;
import static cl.redlim.testsupport.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

/** Planning: the buyer, the items, the amounts, and a method that fits the amount. */
class ProcurementPlanTest {

    private FixtureConfiguration<ProcurementProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private void plannedAs(Plan plan, TenderType type) {
        fixture.givenNoPriorActivity()
                .when(plan.command())
                .expectSuccessfulHandlerExecution()
                .expectEvents(plan.planned(type));
    }

    private void refused(Plan plan, ErrorCode code) {
        refusedWith(fixture.givenNoPriorActivity().when(plan.command()), code);
    }

    private void refused(PlanProcurementCommand command, ErrorCode code) {
        refusedWith(fixture.givenNoPriorActivity().when(command), code);
    }

    @Nested
    class Buyer {

        @Test
        void givenNothing_whenPlanForARegisteredCommune_thenPlanned() {
            plannedAs(plan(), TenderType.LP);
        }

        @Test
        void givenNothing_whenPlanForAnUnregisteredCommune_thenRefused() {
            Plan plan = plan();
            plan.buyer = UNREGISTERED;
            refused(plan, UNKNOWN_COMMUNE);
        }

        @Test
        void givenNothing_whenPlanWithoutBuyer_thenRefused() {
            Plan plan = plan();
            plan.buyer = null;
            refused(plan, VALIDATION_FAILED);
        }

        @Test
        void givenNothing_whenAnIntegratorOfAnotherCommunePlans_thenForbidden() {
            refusedWith(fixture.givenNoPriorActivity().when(plan().command(), foreignIntegrator()), FORBIDDEN);
        }

        @Test
        void givenNothing_whenAnIntegratorOfTheBuyersRegionPlans_thenPlanned() {
            fixture.givenNoPriorActivity()
                    .when(plan().command(), regionalIntegrator())
                    .expectEvents(plan().planned(TenderType.LP));
        }
    }

    @Nested
    class Items {

        @Test
        void givenNothing_whenPlanWithoutTitle_thenRefused() {
            Plan plan = plan();
            plan.title = "  ";
            refused(plan, VALIDATION_FAILED);
        }

        @Test
        void givenNothing_whenPlanWithoutItems_thenRefused() {
            refused(plan().items(), VALIDATION_FAILED);
        }

        @Test
        void givenNothing_whenTwoItemsShareAnId_thenRefused() {
            refused(plan().items(new ProcurementItem("1", "Luminaria", 10, "unidad", null, null),
                    new ProcurementItem("1", "Poste", 10, "unidad", null, null)), VALIDATION_FAILED);
        }

        @Test
        void givenNothing_whenAnItemHasNoId_thenRefused() {
            refused(plan().items(new ProcurementItem(" ", "Luminaria", 10, "unidad", null, null)), VALIDATION_FAILED);
        }

        @Test
        void givenNothing_whenAnItemHasNoDescription_thenRefused() {
            refused(plan().items(new ProcurementItem("1", "", 10, "unidad", null, null)), VALIDATION_FAILED);
        }

        @Test
        void givenNothing_whenAnItemHasQuantityZero_thenRefused() {
            refused(plan().items(new ProcurementItem("1", "Luminaria", 0, "unidad", null, null)), VALIDATION_FAILED);
        }

        @Test
        void givenNothing_whenAnItemHasQuantityOne_thenPlanned() {
            plannedAs(plan().items(new ProcurementItem("1", "Luminaria", 1, "unidad", null, null)), TenderType.LP);
        }

        @Test
        void givenNothing_whenEveryItemNamesItsLot_thenPlanned() {
            plannedAs(plan().withLots(), TenderType.LP);
        }

        @Test
        void givenNothing_whenOnlySomeItemsNameALot_thenRefused() {
            refused(plan().items(new ProcurementItem("1", "Luminarias norte", 600, "unidad", null, "norte"),
                    new ProcurementItem("2", "Instalación", 1, "servicio", null, null)), VALIDATION_FAILED);
        }

        @Test
        void givenNothing_whenALotIsBlank_thenRefused() {
            refused(plan().items(new ProcurementItem("1", "Luminarias", 600, "unidad", null, " ")), VALIDATION_FAILED);
        }
    }

    @Nested
    class Amounts {

        @Test
        void givenNothing_whenTheEstimateIsZero_thenRefused() {
            refused(plan().estimate(Clp.ZERO), VALIDATION_FAILED);
        }

        @Test
        void givenNothing_whenTheUtmValueIsZero_thenRefused() {
            Plan plan = plan();
            plan.utmValue = Clp.ZERO;
            refused(plan, VALIDATION_FAILED);
        }

        @Test
        void givenNothing_whenTheUtmValueIsMissing_thenRefused() {
            Plan plan = plan();
            plan.utmValue = null;
            refused(plan, VALIDATION_FAILED);
        }

        @Test
        void givenNothing_whenThereIsNoMethod_thenRefused() {
            refused(plan().method(null), VALIDATION_FAILED);
        }
    }

    /** Band edges, compared exactly in pesos at 70,000 CLP per UTM. */
    @Nested
    class TenderBands {

        @ParameterizedTest(name = "{0} UTM ({1} CLP) is {2}")
        @CsvSource({
                "0.01,     700,         L1",
                "99.99,    6999300,     L1",
                "100,      7000000,     LE",
                "999.99,   69999300,    LE",
                "1000,     70000000,    LP",
                "1999.99,  139999300,   LP",
                "2000,     140000000,   LQ",
                "4999.99,  349999300,   LQ",
                "5000,     350000000,   LR",
                "5000.01,  350000700,   LR"})
        void givenNothing_whenPlanAPublicTender_thenItsTypeFollowsTheBand(String utm, long pesos, TenderType type) {
            Plan plan = plan().estimate(utm(utm));
            assertThat(plan.estimate.amount()).isEqualTo(pesos);
            plannedAs(plan, type);
        }

        @Test
        void givenNothing_whenOnePesoUnder100Utm_thenL1() {
            plannedAs(plan().estimate(Clp.of(utm("100").amount() - 1)), TenderType.L1);
        }

        @Test
        void givenNothing_whenOnePesoUnder5000Utm_thenLQ() {
            plannedAs(plan().estimate(Clp.of(utm("5000").amount() - 1)), TenderType.LQ);
        }

        @Test
        void givenNothing_whenTheSameAmountAtAnotherUtmValue_thenTheBandFollowsTheUtmRecorded() {
            Plan plan = plan().estimate(Clp.of(7_000_000));
            plan.utmValue = Clp.of(70_001);
            plannedAs(plan, TenderType.L1);
        }

        @Test
        void givenNothing_whenAPublicTenderNamesADirectAwardGround_thenRefused() {
            Plan plan = plan();
            plan.ground = DirectAwardGround.EMERGENCY;
            refused(plan, PROCUREMENT_METHOD_NOT_ALLOWED);
        }

        @Test
        void givenNothing_whenAPublicTenderCarriesAJustification_thenRefused() {
            Plan plan = plan();
            plan.justification = "Porque sí";
            refused(plan, PROCUREMENT_METHOD_NOT_ALLOWED);
        }

        @Test
        void givenNothing_whenAPublicTenderNamesAFrameworkAgreement_thenRefused() {
            Plan plan = plan();
            plan.agreement = "CM-1";
            refused(plan, PROCUREMENT_METHOD_NOT_ALLOWED);
        }

        @Test
        void givenNothing_whenAPublicTenderCarriesABlankJustification_thenPlannedWithoutIt() {
            Plan plan = plan();
            plan.justification = " ";
            ProcurementPlannedEvent expected = plan().planned(TenderType.LP);
            fixture.givenNoPriorActivity().when(plan.command()).expectEvents(expected);
        }
    }

    @Nested
    class CompraAgil {

        @Test
        void givenNothing_whenCompraAgilAtExactly100Utm_thenPlannedWithoutTenderType() {
            plannedAs(plan().method(COMPRA_AGIL).estimate(utm("100")), null);
        }

        @Test
        void givenNothing_whenCompraAgilAt99_99Utm_thenPlanned() {
            plannedAs(plan().method(COMPRA_AGIL).estimate(utm("99.99")), null);
        }

        @Test
        void givenNothing_whenCompraAgilAt100UtmAndOnePeso_thenRefused() {
            refused(plan().method(COMPRA_AGIL).estimate(Clp.of(utm("100").amount() + 1)),
                    PROCUREMENT_METHOD_NOT_ALLOWED);
        }

        @Test
        void givenNothing_whenCompraAgilAt999_99Utm_thenRefused() {
            refused(plan().method(COMPRA_AGIL).estimate(utm("999.99")), PROCUREMENT_METHOD_NOT_ALLOWED);
        }

        @Test
        void givenNothing_whenCompraAgilNamesADirectAwardGround_thenRefused() {
            Plan plan = plan().method(COMPRA_AGIL).estimate(COMPRA_AGIL_ESTIMATE);
            plan.ground = DirectAwardGround.SOLE_SUPPLIER;
            refused(plan, PROCUREMENT_METHOD_NOT_ALLOWED);
        }
    }

    @Nested
    class DirectAward {

        @Test
        void givenNothing_whenDirectAwardWithGroundAndJustification_thenPlannedWithoutTenderType() {
            plannedAs(plan().directAward(DirectAwardGround.SOLE_SUPPLIER, "Único proveedor con la patente"), null);
        }

        @Test
        void givenNothing_whenDirectAwardAboveEveryBand_thenPlanned() {
            plannedAs(plan().directAward(DirectAwardGround.EMERGENCY, "Terremoto").estimate(utm("5000.01")), null);
        }

        @Test
        void givenNothing_whenDirectAwardWithoutGround_thenRefused() {
            refused(plan().directAward(null, "Urgente"), DIRECT_AWARD_GROUND_REQUIRED);
        }

        @Test
        void givenNothing_whenDirectAwardWithoutJustification_thenRefused() {
            refused(plan().directAward(DirectAwardGround.EMERGENCY, null), DIRECT_AWARD_GROUND_REQUIRED);
        }

        @Test
        void givenNothing_whenDirectAwardWithBlankJustification_thenRefused() {
            refused(plan().directAward(DirectAwardGround.EMERGENCY, "   "), DIRECT_AWARD_GROUND_REQUIRED);
        }

        @Test
        void givenNothing_whenDirectAwardNamesAFrameworkAgreement_thenRefused() {
            Plan plan = plan().directAward(DirectAwardGround.EMERGENCY, "Urgente");
            plan.agreement = "CM-1";
            refused(plan, PROCUREMENT_METHOD_NOT_ALLOWED);
        }
    }

    @Nested
    class Framework {

        @Test
        void givenNothing_whenFrameworkPurchaseNamesItsAgreement_thenPlanned() {
            plannedAs(plan().framework("CM-2239-5-LR23"), null);
        }

        @Test
        void givenNothing_whenFrameworkPurchaseWithoutAgreement_thenRefused() {
            refused(plan().framework(null), PROCUREMENT_METHOD_NOT_ALLOWED);
        }

        @Test
        void givenNothing_whenFrameworkPurchaseWithBlankAgreement_thenRefused() {
            refused(plan().framework(" "), PROCUREMENT_METHOD_NOT_ALLOWED);
        }

        @Test
        void givenNothing_whenFrameworkPurchaseNamesADirectAwardGround_thenRefused() {
            Plan plan = plan().framework("CM-1");
            plan.ground = DirectAwardGround.EMERGENCY;
            plan.justification = "Urgente";
            refused(plan, PROCUREMENT_METHOD_NOT_ALLOWED);
        }
    }
}
