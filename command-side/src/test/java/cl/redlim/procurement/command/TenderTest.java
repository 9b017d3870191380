package cl.redlim.procurement.command;

import cl.redlim.kernel.Clp;
import cl.redlim.procurement.api.*;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static cl.redlim.kernel.ErrorCode.*;
import static cl.redlim.procurement.command.Histories.*;
import static cl.redlim.testsupport.Refusals.refusedWith;

/** Before the bids are opened: the market consultation, publication, amendments, bids and the opening. */
class TenderTest {

    private FixtureConfiguration<ProcurementProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static Instant days(Instant from, long days) {
        return from.plus(Duration.ofDays(days));
    }

    private static PublishTenderCommand publish(Instant closesAt) {
        return new PublishTenderCommand(ID, closesAt, false, null, PUBLISHED_AT);
    }

    private static PublishTenderCommand publishReduced(Instant closesAt, String justification) {
        return new PublishTenderCommand(ID, closesAt, true, justification, PUBLISHED_AT);
    }

    private static ProcurementPlannedEvent plannedAt(String utm) {
        return plan().estimate(utm(utm)).planned(TenderType.forAmount(utm(utm), UTM));
    }

    private static MarketConsultationRecordedEvent consulted() {
        return new MarketConsultationRecordedEvent(ID, "Consulta al mercado con 6 proveedores", CONSULTED_AT);
    }

    @Nested
    class MarketConsultation {

        private RecordMarketConsultationCommand consult(String summary) {
            return new RecordMarketConsultationCommand(ID, summary, CONSULTED_AT);
        }

        @Test
        void givenAPlannedPublicTender_whenConsult_thenRecorded() {
            fixture.given(planned())
                    .when(consult("Consulta al mercado con 6 proveedores"))
                    .expectEvents(consulted());
        }

        @Test
        void givenAConsultation_whenConsultAgain_thenRefused() {
            refusedWith(fixture.given(append(planned(), consulted())).when(consult("Otra")), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAPublishedTender_whenConsult_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(consult("Tarde")), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenACompraAgil_whenConsult_thenRefused() {
            refusedWith(fixture.given(plannedCompraAgil()).when(consult("No aplica")), PROCUREMENT_METHOD_NOT_ALLOWED);
        }

        @Test
        void givenADirectAward_whenConsult_thenRefused() {
            refusedWith(fixture.given(plannedDirectAward()).when(consult("No aplica")), PROCUREMENT_METHOD_NOT_ALLOWED);
        }

        @Test
        void givenAPlannedPublicTender_whenConsultWithoutSummary_thenRefused() {
            refusedWith(fixture.given(planned()).when(consult(" ")), VALIDATION_FAILED);
        }

        @Test
        void givenAPlannedPublicTender_whenAnotherCommuneConsults_thenForbidden() {
            refusedWith(fixture.given(planned()).when(consult("Consulta"), foreignIntegrator()), FORBIDDEN);
        }
    }

    @Nested
    class Publish {

        @Test
        void givenAPlannedLp_whenPublishForExactly20Days_thenPublishedWithTheMinimumApplied() {
            fixture.given(planned())
                    .when(publish(CLOSES_AT))
                    .expectEvents(new TenderPublishedEvent(ID, CLOSES_AT, Duration.ofDays(20), false, null, PUBLISHED_AT));
        }

        @Test
        void givenAPlannedLp_whenPublishOneSecondShortOf20Days_thenRefused() {
            refusedWith(fixture.given(planned()).when(publish(CLOSES_AT.minusSeconds(1))),
                    PUBLICATION_PERIOD_TOO_SHORT);
        }

        @Test
        void givenAPlannedLp_whenPublishClosingBeforePublication_thenRefused() {
            refusedWith(fixture.given(planned()).when(publish(PUBLISHED_AT.minusSeconds(1))),
                    PUBLICATION_PERIOD_TOO_SHORT);
        }

        @ParameterizedTest(name = "{0} UTM: {1} needs {2} days")
        @CsvSource({"99.99, L1, 5", "100, LE, 10", "999.99, LE, 10", "1000, LP, 20", "4999.99, LQ, 20"})
        void givenAPlannedTender_whenPublishForItsMinimum_thenPublished(String utm, TenderType type, int days) {
            org.assertj.core.api.Assertions.assertThat(TenderType.forAmount(utm(utm), UTM)).isEqualTo(type);
            fixture.given(plannedAt(utm))
                    .when(publish(days(PUBLISHED_AT, days)))
                    .expectEvents(new TenderPublishedEvent(ID, days(PUBLISHED_AT, days), Duration.ofDays(days), false, null,
                            PUBLISHED_AT));
        }

        @ParameterizedTest(name = "{0} UTM: {1} needs {2} days")
        @CsvSource({"99.99, L1, 5", "100, LE, 10", "999.99, LE, 10", "1000, LP, 20", "4999.99, LQ, 20"})
        void givenAPlannedTender_whenPublishOneSecondShort_thenRefused(String utm, TenderType type, int days) {
            refusedWith(fixture.given(plannedAt(utm)).when(publish(days(PUBLISHED_AT, days).minusSeconds(1))),
                    PUBLICATION_PERIOD_TOO_SHORT);
        }

        @Test
        void givenAConsultedLr_whenPublishFor30Days_thenPublished() {
            fixture.given(plannedAt("5000"), consulted())
                    .when(publish(days(PUBLISHED_AT, 30)))
                    .expectEvents(new TenderPublishedEvent(ID, days(PUBLISHED_AT, 30), Duration.ofDays(30), false, null, PUBLISHED_AT));
        }

        @Test
        void givenAConsultedLr_whenPublishFor29Days_thenRefused() {
            refusedWith(fixture.given(plannedAt("5000"), consulted()).when(publish(days(PUBLISHED_AT, 29))),
                    PUBLICATION_PERIOD_TOO_SHORT);
        }

        @Test
        void givenAPlannedCompraAgil_whenPublishForOneDay_thenPublished() {
            fixture.given(plannedCompraAgil())
                    .when(publish(days(PUBLISHED_AT, 1)))
                    .expectEvents(new TenderPublishedEvent(ID, days(PUBLISHED_AT, 1), Duration.ofDays(1), false, null, PUBLISHED_AT));
        }

        @Test
        void givenAPlannedCompraAgil_whenPublishForLessThanADay_thenRefused() {
            refusedWith(fixture.given(plannedCompraAgil()).when(publish(days(PUBLISHED_AT, 1).minusSeconds(1))),
                    PUBLICATION_PERIOD_TOO_SHORT);
        }

        @Test
        void givenConfiguredPeriods_whenPublishAnLe_thenTheConfiguredMinimumApplies() {
            ProcurementRules rules = new ProcurementRules();
            rules.getLe().setPublication(Duration.ofDays(12));
            fixture = fixture(rules);
            refusedWith(fixture.given(plannedAt("500")).when(publish(days(PUBLISHED_AT, 10))),
                    PUBLICATION_PERIOD_TOO_SHORT);
            fixture.given(plannedAt("500"))
                    .when(publish(days(PUBLISHED_AT, 12)))
                    .expectEvents(new TenderPublishedEvent(ID, days(PUBLISHED_AT, 12), Duration.ofDays(12), false, null, PUBLISHED_AT));
        }

        @Test
        void givenAPlannedLp_whenPublishReducedTo10DaysWithJustification_thenPublishedWithTheReducedMinimum() {
            fixture.given(planned())
                    .when(publishReduced(days(PUBLISHED_AT, 10), "Bienes de simple y objetiva especificación"))
                    .expectEvents(new TenderPublishedEvent(ID, days(PUBLISHED_AT, 10), Duration.ofDays(10), true,
                            "Bienes de simple y objetiva especificación", PUBLISHED_AT));
        }

        @Test
        void givenAPlannedLe_whenPublishReducedTo5Days_thenPublished() {
            fixture.given(plannedAt("100"))
                    .when(publishReduced(days(PUBLISHED_AT, 5), "Simple"))
                    .expectEvents(new TenderPublishedEvent(ID, days(PUBLISHED_AT, 5), Duration.ofDays(5), true, "Simple",
                            PUBLISHED_AT));
        }

        @Test
        void givenAPlannedLp_whenPublishReducedShorterThanTheReducedMinimum_thenRefused() {
            refusedWith(fixture.given(planned()).when(publishReduced(days(PUBLISHED_AT, 10).minusSeconds(1),
                    "Simple")), PUBLICATION_PERIOD_TOO_SHORT);
        }

        @Test
        void givenAPlannedLp_whenPublishReducedWithoutJustification_thenRefused() {
            refusedWith(fixture.given(planned()).when(publishReduced(days(PUBLISHED_AT, 10), " ")), VALIDATION_FAILED);
        }

        @Test
        void givenAPlannedLp_whenPublishAJustificationWithoutReducedPeriod_thenRefused() {
            refusedWith(fixture.given(planned()).when(new PublishTenderCommand(ID, CLOSES_AT, false, "Por si acaso",
                    PUBLISHED_AT)), VALIDATION_FAILED);
        }

        @Test
        void givenAPlannedL1_whenPublishReduced_thenRefusedForHavingNoReducedPeriod() {
            refusedWith(fixture.given(plannedAt("50")).when(publishReduced(days(PUBLISHED_AT, 5), "Urgente")),
                    PUBLICATION_PERIOD_TOO_SHORT);
        }

        @Test
        void givenAConsultedLr_whenPublishReduced_thenRefusedForHavingNoReducedPeriod() {
            refusedWith(fixture.given(plannedAt("6000"), consulted()).when(publishReduced(days(PUBLISHED_AT, 30),
                    "Urgente")), PUBLICATION_PERIOD_TOO_SHORT);
        }

        @Test
        void givenAPlannedCompraAgil_whenPublishReduced_thenRefused() {
            refusedWith(fixture.given(plannedCompraAgil()).when(publishReduced(days(PUBLISHED_AT, 1), "Urgente")),
                    PUBLICATION_PERIOD_TOO_SHORT);
        }

        @Test
        void givenAPlannedDirectAward_whenPublish_thenRefused() {
            refusedWith(fixture.given(plannedDirectAward()).when(publish(CLOSES_AT)), PROCUREMENT_METHOD_NOT_ALLOWED);
        }

        @Test
        void givenAPlannedFrameworkPurchase_whenPublish_thenRefused() {
            refusedWith(fixture.given(plannedFramework()).when(publish(CLOSES_AT)), PROCUREMENT_METHOD_NOT_ALLOWED);
        }

        @Test
        void givenAPublishedTender_whenPublishAgain_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(publish(days(CLOSES_AT, 5))), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAPlannedTender_whenAnotherCommunePublishes_thenForbidden() {
            refusedWith(fixture.given(planned()).when(publish(CLOSES_AT), foreignIntegrator()), FORBIDDEN);
        }
    }

    /** A market consultation is mandatory strictly above 5,000 UTM, before publishing. */
    @Nested
    class MarketConsultationBeforePublishing {

        @ParameterizedTest(name = "{0} UTM needs no consultation")
        @CsvSource({"1999.99, 20", "2000, 20", "4999.99, 20", "5000, 30"})
        void givenNoConsultation_whenPublishAtOrUnder5000Utm_thenPublished(String utm, int days) {
            fixture.given(plannedAt(utm))
                    .when(publish(days(PUBLISHED_AT, days)))
                    .expectEvents(new TenderPublishedEvent(ID, days(PUBLISHED_AT, days), Duration.ofDays(days), false, null,
                            PUBLISHED_AT));
        }

        @Test
        void givenNoConsultation_whenPublishAt5000_01Utm_thenRefused() {
            refusedWith(fixture.given(plannedAt("5000.01")).when(publish(days(PUBLISHED_AT, 30))),
                    MARKET_CONSULTATION_REQUIRED);
        }

        @Test
        void givenNoConsultation_whenPublishOnePesoAbove5000Utm_thenRefused() {
            Clp amount = Clp.of(utm("5000").amount() + 1);
            refusedWith(fixture.given(plan().estimate(amount).planned(TenderType.LR))
                    .when(publish(days(PUBLISHED_AT, 30))), MARKET_CONSULTATION_REQUIRED);
        }

        @Test
        void givenAConsultation_whenPublishAt5000_01Utm_thenPublished() {
            fixture.given(plannedAt("5000.01"), consulted())
                    .when(publish(days(PUBLISHED_AT, 30)))
                    .expectEvents(new TenderPublishedEvent(ID, days(PUBLISHED_AT, 30), Duration.ofDays(30), false, null, PUBLISHED_AT));
        }
    }

    @Nested
    class Amend {

        private AmendTenderCommand amend(Instant closesAt, Instant at) {
            return new AmendTenderCommand(ID, "Se aclara la especificación técnica", "Anexo 3 reemplazado",
                    closesAt, at);
        }

        private TenderAmendedEvent amended(String id, Instant previous, Instant closing, boolean extended,
                                           Instant at) {
            return new TenderAmendedEvent(ID, id, "Se aclara la especificación técnica", "Anexo 3 reemplazado",
                    previous, closing, extended, at);
        }

        @Test
        void givenAnOpenLp_whenAmendWithTimeToSpare_thenAmendedWithoutMovingTheClosing() {
            fixture.given(publishedTender())
                    .when(amend(null, WHILE_OPEN))
                    .expectEvents(amended("amendment-1", CLOSES_AT, CLOSES_AT, false, WHILE_OPEN));
        }

        @Test
        void givenAnOpenLp_whenAmendWithExactly10DaysLeft_thenTheClosingStays() {
            Instant at = days(CLOSES_AT, -10);
            fixture.given(publishedTender())
                    .when(amend(null, at))
                    .expectEvents(amended("amendment-1", CLOSES_AT, CLOSES_AT, false, at));
        }

        @Test
        void givenAnOpenLp_whenAmendWithFiveDaysLeft_thenTheClosingIsExtendedTo10DaysAfterTheAmendment() {
            Instant at = days(CLOSES_AT, -5);
            fixture.given(publishedTender())
                    .when(amend(null, at))
                    .expectEvents(amended("amendment-1", CLOSES_AT, days(at, 10), true, at));
        }

        @Test
        void givenAnOpenLp_whenAmendAskingForALaterClosingThatIsStillTooSoon_thenExtendedByRule() {
            Instant at = days(CLOSES_AT, -5);
            fixture.given(publishedTender())
                    .when(amend(days(CLOSES_AT, 2), at))
                    .expectEvents(amended("amendment-1", CLOSES_AT, days(at, 10), true, at));
        }

        @Test
        void givenAnOpenLp_whenAmendAskingForAClosingFarEnough_thenThatClosing() {
            Instant at = days(CLOSES_AT, -5);
            fixture.given(publishedTender())
                    .when(amend(days(CLOSES_AT, 15), at))
                    .expectEvents(amended("amendment-1", CLOSES_AT, days(CLOSES_AT, 15), false, at));
        }

        @Test
        void givenAnOpenLp_whenAmendAskingForAnEarlierClosing_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(amend(CLOSES_AT.minusSeconds(1), WHILE_OPEN)),
                    VALIDATION_FAILED);
        }

        @Test
        void givenAnAmendment_whenAmendAgain_thenTheSecondAmendmentStartsFromTheNewClosing() {
            Instant first = days(CLOSES_AT, -5);
            Instant extended = days(first, 10);
            Instant second = days(extended, -1);
            fixture.given(append(publishedTender(), amended("amendment-1", CLOSES_AT, extended, true, first)))
                    .when(amend(null, second))
                    .expectEvents(amended("amendment-2", extended, days(second, 10), true, second));
        }

        @Test
        void givenAnOpenCompraAgil_whenAmendInItsLastHours_thenExtendedByOneDay() {
            Instant closes = days(PUBLISHED_AT, 1);
            Instant at = closes.minus(Duration.ofHours(3));
            fixture.given(append(plannedCompraAgil(), published(closes, 1)))
                    .when(amend(null, at))
                    .expectEvents(amended("amendment-1", closes, days(at, 1), true, at));
        }

        @Test
        void givenConfiguredAmendmentDays_whenAmend_thenTheConfiguredDaysRemain() {
            ProcurementRules rules = new ProcurementRules();
            rules.getLp().setOpenAfterAmendment(Duration.ofDays(3));
            fixture = fixture(rules);
            Instant at = days(CLOSES_AT, -5);
            fixture.given(publishedTender())
                    .when(amend(null, at))
                    .expectEvents(amended("amendment-1", CLOSES_AT, CLOSES_AT, false, at));
        }

        @Test
        void givenAPlannedTender_whenAmend_thenRefused() {
            refusedWith(fixture.given(planned()).when(amend(null, WHILE_OPEN)), TENDER_NOT_OPEN);
        }

        @Test
        void givenAPublishedTender_whenAmendBeforeThePublicationInstant_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(amend(null, PUBLISHED_AT.minusSeconds(1))),
                    TENDER_NOT_OPEN);
        }

        @Test
        void givenAPublishedTender_whenAmendAtTheClosingInstant_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(amend(null, CLOSES_AT)), TENDER_NOT_OPEN);
        }

        @Test
        void givenOpenedBids_whenAmend_thenRefused() {
            refusedWith(fixture.given(opened()).when(amend(null, OPENED_AT)), TENDER_NOT_OPEN);
        }

        @Test
        void givenAnOpenTender_whenAmendWithoutRationale_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(new AmendTenderCommand(ID, " ", "Anexo", null,
                    WHILE_OPEN)), VALIDATION_FAILED);
        }

        @Test
        void givenAnOpenTender_whenAnotherCommuneAmends_thenForbidden() {
            refusedWith(fixture.given(publishedTender()).when(amend(null, WHILE_OPEN), foreignIntegrator()),
                    FORBIDDEN);
        }
    }

    @Nested
    class SubmitBid {

        private SubmitBidCommand submit(String bidId, cl.redlim.kernel.Rut supplier, String lot, Instant at) {
            BidSubmittedEvent e = bid(bidId, supplier, 95_000_000, lot);
            return new SubmitBidCommand(ID, bidId, supplier, e.supplierName(), e.amount(), lot, e.documents(), at);
        }

        private BidSubmittedEvent submitted(String bidId, cl.redlim.kernel.Rut supplier, String lot, Instant at) {
            BidSubmittedEvent e = bid(bidId, supplier, 95_000_000, lot);
            return new BidSubmittedEvent(ID, bidId, supplier, e.supplierName(), e.amount(), lot, e.documents(), at);
        }

        @Test
        void givenAnOpenTender_whenBid_thenReceived() {
            fixture.given(publishedTender())
                    .when(submit("b1", ACME, null, WHILE_OPEN))
                    .expectEvents(submitted("b1", ACME, null, WHILE_OPEN));
        }

        @Test
        void givenAnOpenTender_whenBidAtThePublicationInstant_thenReceived() {
            fixture.given(publishedTender())
                    .when(submit("b1", ACME, null, PUBLISHED_AT))
                    .expectEvents(submitted("b1", ACME, null, PUBLISHED_AT));
        }

        @Test
        void givenAnOpenTender_whenBidOneSecondBeforeClosing_thenReceived() {
            Instant at = CLOSES_AT.minusSeconds(1);
            fixture.given(publishedTender())
                    .when(submit("b1", ACME, null, at))
                    .expectEvents(submitted("b1", ACME, null, at));
        }

        @Test
        void givenAnOpenTender_whenBidAtTheClosingInstant_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(submit("b1", ACME, null, CLOSES_AT)), TENDER_NOT_OPEN);
        }

        @Test
        void givenAnOpenTender_whenBidBeforeThePublicationInstant_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(submit("b1", ACME, null, PUBLISHED_AT.minusSeconds(1))),
                    TENDER_NOT_OPEN);
        }

        @Test
        void givenAPlannedTender_whenBid_thenRefused() {
            refusedWith(fixture.given(planned()).when(submit("b1", ACME, null, WHILE_OPEN)), TENDER_NOT_OPEN);
        }

        @Test
        void givenAnExtendedClosing_whenBidAfterTheOriginalClosing_thenReceived() {
            Instant at = days(CLOSES_AT, -5);
            Instant extended = days(at, 10);
            Instant late = CLOSES_AT.plusSeconds(60);
            fixture.given(append(publishedTender(), new TenderAmendedEvent(ID, "amendment-1", "Aclaración", null,
                            CLOSES_AT, extended, true, at)))
                    .when(submit("b1", ACME, null, late))
                    .expectEvents(submitted("b1", ACME, null, late));
        }

        @Test
        void givenOpenedBids_whenBid_thenRefused() {
            refusedWith(fixture.given(opened()).when(submit("b9", DELTA, null, OPENED_AT)), TENDER_NOT_OPEN);
        }

        @Test
        void givenABid_whenTheSameBidIdAgain_thenRefused() {
            refusedWith(fixture.given(append(publishedTender(), bid("b1", ACME, 95_000_000)))
                    .when(submit("b1", BETA, null, WHILE_OPEN)), BID_ALREADY_SUBMITTED);
        }

        @Test
        void givenABid_whenTheSameSupplierBidsAgain_thenRefused() {
            refusedWith(fixture.given(append(publishedTender(), bid("b1", ACME, 95_000_000)))
                    .when(submit("b2", ACME, null, WHILE_OPEN)), BID_ALREADY_SUBMITTED);
        }

        @Test
        void givenLotsAndABidForOne_whenTheSameSupplierBidsForAnother_thenReceived() {
            fixture.given(append(publishedWithLots(), bid("b1", ACME, 40_000_000, "norte")))
                    .when(submit("b2", ACME, "sur", WHILE_OPEN))
                    .expectEvents(submitted("b2", ACME, "sur", WHILE_OPEN));
        }

        @Test
        void givenLotsAndABidForOne_whenTheSameSupplierBidsForItAgain_thenRefused() {
            refusedWith(fixture.given(append(publishedWithLots(), bid("b1", ACME, 40_000_000, "norte")))
                    .when(submit("b2", ACME, "norte", WHILE_OPEN)), BID_ALREADY_SUBMITTED);
        }

        @Test
        void givenLots_whenBidForAnUnknownLot_thenRefused() {
            refusedWith(fixture.given(publishedWithLots()).when(submit("b1", ACME, "oriente", WHILE_OPEN)),
                    UNKNOWN_LOT);
        }

        @Test
        void givenLots_whenBidWithoutLot_thenRefused() {
            refusedWith(fixture.given(publishedWithLots()).when(submit("b1", ACME, null, WHILE_OPEN)), UNKNOWN_LOT);
        }

        @Test
        void givenNoLots_whenBidNamingALot_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(submit("b1", ACME, "norte", WHILE_OPEN)), UNKNOWN_LOT);
        }

        @Test
        void givenAnOpenTender_whenBidForZeroPesos_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(new SubmitBidCommand(ID, "b1", ACME, "Acme", Clp.ZERO,
                    null, List.of(), WHILE_OPEN)), VALIDATION_FAILED);
        }

        @Test
        void givenAnOpenTender_whenBidWithoutSupplierName_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(new SubmitBidCommand(ID, "b1", ACME, " ",
                    Clp.of(1000), null, List.of(), WHILE_OPEN)), VALIDATION_FAILED);
        }

        @Test
        void givenAnOpenTender_whenBidWithoutSupplier_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(new SubmitBidCommand(ID, "b1", null, "Acme",
                    Clp.of(1000), null, List.of(), WHILE_OPEN)), VALIDATION_FAILED);
        }

        @Test
        void givenAnOpenTender_whenADocumentHasNoUrl_thenRefused() {
            refusedWith(fixture.given(publishedTender()).when(new SubmitBidCommand(ID, "b1", ACME, "Acme",
                    Clp.of(1000), null, List.of(new BidDocument("Oferta", " ")), WHILE_OPEN)), VALIDATION_FAILED);
        }

        @Test
        void givenAnOpenTender_whenBidWithoutDocumentList_thenReceivedWithNone() {
            fixture.given(publishedTender())
                    .when(new SubmitBidCommand(ID, "b1", ACME, "Acme", Clp.of(1000), null, null, WHILE_OPEN))
                    .expectEvents(new BidSubmittedEvent(ID, "b1", ACME, "Acme", Clp.of(1000), null, List.of(),
                            WHILE_OPEN));
        }

        @Test
        void givenAnOpenTender_whenAnotherCommuneRecordsABid_thenForbidden() {
            refusedWith(fixture.given(publishedTender()).when(submit("b1", ACME, null, WHILE_OPEN),
                    foreignIntegrator()), FORBIDDEN);
        }
    }

    @Nested
    class Open {

        @Test
        void givenAClosedTenderWithThreeBids_whenOpen_thenOpenedWithTheCount() {
            fixture.given(threeBids(publishedTender()))
                    .when(new OpenBidsCommand(ID, OPENED_AT))
                    .expectEvents(opened(3));
        }

        @Test
        void givenATenderWithoutBids_whenOpenAtTheClosingInstant_thenOpenedWithNone() {
            fixture.given(publishedTender())
                    .when(new OpenBidsCommand(ID, CLOSES_AT))
                    .expectEvents(new BidsOpenedEvent(ID, 0, CLOSES_AT));
        }

        @Test
        void givenAnOpenTender_whenOpenBeforeClosing_thenRefused() {
            refusedWith(fixture.given(threeBids(publishedTender())).when(new OpenBidsCommand(ID,
                    CLOSES_AT.minusSeconds(1))), TENDER_STILL_OPEN);
        }

        @Test
        void givenAPlannedTender_whenOpen_thenRefused() {
            refusedWith(fixture.given(planned()).when(new OpenBidsCommand(ID, OPENED_AT)), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenOpenedBids_whenOpenAgain_thenRefused() {
            refusedWith(fixture.given(opened()).when(new OpenBidsCommand(ID, OPENED_AT)), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAClosedTender_whenAnotherCommuneOpens_thenForbidden() {
            refusedWith(fixture.given(threeBids(publishedTender())).when(new OpenBidsCommand(ID, OPENED_AT),
                    foreignIntegrator()), FORBIDDEN);
        }
    }
}
