package cl.redlim.procurement.query;

import cl.redlim.procurement.api.DirectAwardGround;
import cl.redlim.procurement.api.FindProcurementQuery;
import cl.redlim.procurement.api.FindProcurementRedFlagsQuery;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.ProcurementRedFlag;
import cl.redlim.procurement.api.ProcurementRedFlagPageView;
import cl.redlim.procurement.api.ProcurementRedFlagPageView.FlagCount;
import cl.redlim.procurement.api.ProcurementRedFlagPageView.FlaggedProcess;
import cl.redlim.procurement.api.ProcurementRedFlagView;
import cl.redlim.procurement.query.ProcessHistory.Projections;
import cl.redlim.readmodel.InMemoryMongo;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cl.redlim.procurement.query.ProcessHistory.UTM;
import static cl.redlim.procurement.query.ProcessHistory.bidAward;
import static cl.redlim.procurement.query.ProcessHistory.day;
import static cl.redlim.procurement.query.ProcessHistory.rut;
import static org.assertj.core.api.Assertions.assertThat;

class RedFlagsTest {

    static final String ACME = rut("76123456");
    static final String BETA = rut("77654321");

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private MongoDatabase database;
    private Projections projections;

    private Projections projections(RedFlagSettings settings) {
        database = mongo.freshDatabase();
        projections = new Projections(new ProcurementProjection(database, settings),
                new ProcurementContractProjection(database)).withPlaces();
        return projections;
    }

    private Projections defaults() {
        return projections(RedFlagSettings.defaults());
    }

    private List<ProcurementRedFlagView> flags(String id) {
        return new ProcurementQueries(database).handle(new FindProcurementQuery(id)).flags();
    }

    private Optional<String> flag(String id, ProcurementRedFlag flag) {
        return flags(id).stream().filter(f -> f.flag() == flag).map(ProcurementRedFlagView::explanation).findFirst();
    }

    private static RedFlagSettings settings(BigDecimal splittingMargin, Duration window, Map<String, Integer> floors,
                                            BigDecimal aboveEstimateMargin) {
        return new RedFlagSettings(new RedFlagSettings.Splitting(List.of(100L, 1_000L, 2_000L, 5_000L),
                splittingMargin, window), new RedFlagSettings.ShortPublication(floors),
                new RedFlagSettings.AwardAboveEstimate(aboveEstimateMargin));
    }

    @Nested
    class SingleBidder {

        private ProcessHistory tenderWithBids(String id, int bids) {
            ProcessHistory p = ProcessHistory.tender(projections, id, "13101", 40_000_000, day("2025-03-03"))
                    .published(day("2025-03-05"), day("2025-03-20"));
            for (int i = 1; i <= bids; i++) {
                p.bid("b" + i, i == 1 ? ACME : BETA, "Oferente " + i, 39_000_000, day("2025-03-10"));
            }
            return p.opened(bids, day("2025-03-21"));
        }

        @Test
        void givenOneBidAtOpening_thenFlaggedWithAnExplanation() {
            defaults();
            tenderWithBids("p1", 1);

            assertThat(flags("p1")).containsExactly(new ProcurementRedFlagView(ProcurementRedFlag.SINGLE_BIDDER,
                    "Only one bid was received in this public tender (LE); bids were opened on 2025-03-21."));
        }

        @Test
        void givenTwoBids_thenNotFlagged() {
            defaults();
            tenderWithBids("p1", 2);

            assertThat(flags("p1")).isEmpty();
        }

        @Test
        void givenNoBids_thenNotFlagged() {
            defaults();
            tenderWithBids("p1", 0);

            assertThat(flags("p1")).isEmpty();
        }

        @Test
        void givenOneBidSubmitted_thenNotFlaggedBeforeOpening() {
            defaults();
            ProcessHistory.tender(projections, "p1", "13101", 40_000_000, day("2025-03-03"))
                    .published(day("2025-03-05"), day("2025-03-20"))
                    .bid("b1", ACME, "Acme SpA", 39_000_000, day("2025-03-10"));

            assertThat(flags("p1")).isEmpty();
        }

        @Test
        void givenCompraAgilWithOneQuote_thenFlagged() {
            defaults();
            ProcessHistory.compraAgil(projections, "ca", "13101", 3_000_000, day("2025-03-03"))
                    .published(day("2025-03-04"), day("2025-03-06"), false, 1)
                    .bid("b1", ACME, "Acme SpA", 2_900_000, day("2025-03-05"))
                    .opened(1, day("2025-03-06"));

            assertThat(flag("ca", ProcurementRedFlag.SINGLE_BIDDER)).hasValue(
                    "Only one bid was received in this Compra Ágil; bids were opened on 2025-03-06.");
        }
    }

    @Nested
    class ShortPublication {

        @Test
        void givenAReducedPeriod_thenFlaggedEvenAtTheLegalMinimum() {
            defaults();
            ProcessHistory.tender(projections, "p1", "13101", 40_000_000, day("2025-03-03"))
                    .published(day("2025-03-05"), day("2025-03-10"), true, 5);

            assertThat(flag("p1", ProcurementRedFlag.SHORT_PUBLICATION)).hasValue(
                    "Published for 5.0 days (2025-03-05 to 2025-03-10) with a reduced period, under the 10-day "
                            + "floor for LE.");
        }

        @Test
        void givenExactlyTheFloor_thenNotFlagged() {
            defaults();
            ProcessHistory.tender(projections, "p1", "13101", 40_000_000, day("2025-03-03"))
                    .published(day("2025-03-05"), day("2025-03-15"));

            assertThat(flags("p1")).isEmpty();
        }

        @Test
        void givenAMinuteUnderTheFloor_thenFlaggedAndTheDaysReadUnderIt() {
            defaults();
            ProcessHistory.tender(projections, "p1", "13101", 40_000_000, day("2025-03-03"))
                    .published(day("2025-03-05"), day("2025-03-15").minusSeconds(60));

            assertThat(flag("p1", ProcurementRedFlag.SHORT_PUBLICATION)).hasValue(
                    "Published for 9.9 days (2025-03-05 to 2025-03-15), under the 10-day floor for LE.");
        }

        @Test
        void givenAConfiguredFloorAboveTheLaw_thenALegalPeriodIsFlagged() {
            projections(settings(BigDecimal.TEN, Duration.ofDays(90), Map.of("le", 15), BigDecimal.valueOf(20)));
            ProcessHistory.tender(projections, "p1", "13101", 40_000_000, day("2025-03-03"))
                    .published(day("2025-03-05"), day("2025-03-17"));
            ProcessHistory.tender(projections, "p2", "13101", 40_000_000, day("2025-03-03"))
                    .published(day("2025-03-05"), day("2025-03-20"));

            assertThat(flag("p1", ProcurementRedFlag.SHORT_PUBLICATION)).hasValue(
                    "Published for 12.0 days (2025-03-05 to 2025-03-17), under the 15-day floor for LE.");
            assertThat(flags("p2")).isEmpty();
        }

        @Test
        void givenAnAmendmentThatExtendsPastTheFloor_thenCleared() {
            projections(settings(BigDecimal.TEN, Duration.ofDays(90), Map.of("LE", 15), BigDecimal.valueOf(20)));
            ProcessHistory p = ProcessHistory.tender(projections, "p1", "13101", 40_000_000, day("2025-03-03"))
                    .published(day("2025-03-05"), day("2025-03-17"));
            assertThat(flag("p1", ProcurementRedFlag.SHORT_PUBLICATION)).isPresent();

            p.amended(day("2025-03-10"), day("2025-03-21"), true);

            assertThat(flags("p1")).isEmpty();
        }

        @Test
        void givenAReducedPeriodExtendedByAnAmendment_thenStillFlaggedWithTheNewPeriod() {
            defaults();
            ProcessHistory.tender(projections, "p1", "13101", 40_000_000, day("2025-03-03"))
                    .published(day("2025-03-05"), day("2025-03-10"), true, 5)
                    .amended(day("2025-03-07"), day("2025-03-17"), true);

            assertThat(flag("p1", ProcurementRedFlag.SHORT_PUBLICATION)).hasValue(
                    "Published for 12.0 days (2025-03-05 to 2025-03-17) with a reduced period.");
        }

        @Test
        void givenCompraAgil_thenItsOwnFloorApplies() {
            defaults();
            ProcessHistory.compraAgil(projections, "ok", "13101", 3_000_000, day("2025-03-03"))
                    .published(day("2025-03-04"), day("2025-03-05"), false, 1);
            ProcessHistory.compraAgil(projections, "short", "13101", 3_000_000, day("2025-03-03"))
                    .published(day("2025-03-04"), day("2025-03-04").plusSeconds(12 * 3600), false, 1);

            assertThat(flags("ok")).isEmpty();
            assertThat(flag("short", ProcurementRedFlag.SHORT_PUBLICATION)).hasValue(
                    "Published for 0.5 days (2025-03-04 to 2025-03-05), under the 1-day floor for COMPRA_AGIL.");
        }
    }

    @Nested
    class AwardAboveEstimate {

        private ProcessHistory direct(String id, long estimated) {
            return ProcessHistory.direct(projections, id, "13101", estimated, DirectAwardGround.SOLE_SUPPLIER,
                    day("2025-03-03"));
        }

        @Test
        void givenExactlyTheMargin_thenNotFlagged() {
            defaults();
            direct("p1", 10_000_000).awardedTo(ACME, "Acme SpA", 12_000_000, day("2025-03-04"));

            assertThat(flags("p1")).isEmpty();
        }

        @Test
        void givenOnePesoOverTheMargin_thenFlagged() {
            defaults();
            direct("p1", 10_000_000).awardedTo(ACME, "Acme SpA", 12_000_001, day("2025-03-04"));

            assertThat(flag("p1", ProcurementRedFlag.AWARD_ABOVE_ESTIMATE)).hasValue(
                    "Awarded CLP 12,000,001 against an estimate of CLP 10,000,000: 20 % above, more than the 20 % "
                            + "margin.");
        }

        @Test
        void givenLotsThatAddUpOverTheMargin_thenFlagged() {
            defaults();
            ProcessHistory.tender(projections, "p1", "13101", 50_000_000, day("2025-03-03"))
                    .published(day("2025-03-05"), day("2025-03-20"))
                    .bid("b1", ACME, "Acme SpA", 35_000_000, "1", day("2025-03-10"))
                    .bid("b2", BETA, "Beta Ltda", 30_000_000, "2", day("2025-03-10"))
                    .opened(2, day("2025-03-21"))
                    .awarded(day("2025-03-25"), bidAward("b1", ACME, "Acme SpA", 35_000_000, "1"),
                            bidAward("b2", BETA, "Beta Ltda", 30_000_000, "2"));

            assertThat(flag("p1", ProcurementRedFlag.AWARD_ABOVE_ESTIMATE)).hasValue(
                    "Awarded CLP 65,000,000 against an estimate of CLP 50,000,000: 30 % above, more than the 20 % "
                            + "margin.");
        }

        @Test
        void givenAConfiguredMargin_thenItApplies() {
            projections(settings(BigDecimal.TEN, Duration.ofDays(90), Map.of(), new BigDecimal("12.5")));
            direct("p1", 10_000_000).awardedTo(ACME, "Acme SpA", 11_250_000, day("2025-03-04"));
            direct("p2", 10_000_000).awardedTo(ACME, "Acme SpA", 11_300_000, day("2025-03-04"));

            assertThat(flags("p1")).isEmpty();
            assertThat(flag("p2", ProcurementRedFlag.AWARD_ABOVE_ESTIMATE)).hasValue(
                    "Awarded CLP 11,300,000 against an estimate of CLP 10,000,000: 13 % above, more than the 12.5 % "
                            + "margin.");
        }
    }

    @Nested
    class Splitting {

        /** A direct award of {@code amount} by the buyer to the supplier, on the day. */
        private ProcessHistory award(String id, String cut, String supplier, long amount, String date) {
            return ProcessHistory.direct(projections, id, cut, amount, DirectAwardGround.EMERGENCY, day(date))
                    .awardedTo(supplier, supplier.equals(ACME) ? "Acme SpA" : "Beta Ltda", amount, day(date));
        }

        @Test
        void givenTwoAwardsJustUnderAThreshold_thenBothFlaggedAndALaterAwardFlagsTheEarlier() {
            defaults();
            award("p1", "13101", ACME, 4_750_000, "2025-03-01");
            assertThat(flags("p1")).as("alone, not yet").isEmpty();

            award("p2", "13101", ACME, 4_600_000, "2025-04-10");

            assertThat(flag("p1", ProcurementRedFlag.SPLITTING)).hasValue("Awarded CLP 4,750,000 (95.00 UTM) to "
                    + ACME + " (Acme SpA), within 10 % under the 100 UTM threshold; within 90 days the same buyer "
                    + "also awarded this supplier just under 100 UTM in 1 other process: p2 (CLP 4,600,000, "
                    + "92.00 UTM, on 2025-04-10).");
            assertThat(flag("p2", ProcurementRedFlag.SPLITTING)).hasValue("Awarded CLP 4,600,000 (92.00 UTM) to "
                    + ACME + " (Acme SpA), within 10 % under the 100 UTM threshold; within 90 days the same buyer "
                    + "also awarded this supplier just under 100 UTM in 1 other process: p1 (CLP 4,750,000, "
                    + "95.00 UTM, on 2025-03-01).");
        }

        @Test
        void givenAwards91DaysApart_thenNeitherFlagged() {
            defaults();
            award("p1", "13101", ACME, 4_750_000, "2025-03-01");
            award("p2", "13101", ACME, 4_750_000, "2025-05-31");

            assertThat(flags("p1")).isEmpty();
            assertThat(flags("p2")).isEmpty();
        }

        @Test
        void givenAwardsExactly90DaysApart_thenBothFlagged() {
            defaults();
            award("p1", "13101", ACME, 4_750_000, "2025-03-01");
            award("p2", "13101", ACME, 4_750_000, "2025-05-30");

            assertThat(flag("p1", ProcurementRedFlag.SPLITTING)).isPresent();
            assertThat(flag("p2", ProcurementRedFlag.SPLITTING)).isPresent();
        }

        @Test
        void givenTheMarginsEdges_thenNinetyPercentCountsAndTheThresholdItselfDoesNot() {
            defaults();
            award("at-90", "13101", ACME, 4_500_000, "2025-03-01");       // 90.00 UTM: within 10 % under
            award("under-90", "13101", ACME, 4_499_999, "2025-03-02");    // 89.99998 UTM: not
            award("at-100", "13101", ACME, 5_000_000, "2025-03-03");      // 100 UTM: not under the threshold
            award("just-under", "13101", ACME, 4_999_999, "2025-03-04");  // counts

            assertThat(flag("at-90", ProcurementRedFlag.SPLITTING)).get().asString()
                    .contains("in 1 other process: just-under");
            assertThat(flag("just-under", ProcurementRedFlag.SPLITTING)).get().asString()
                    .contains("in 1 other process: at-90");
            assertThat(flags("under-90")).isEmpty();
            assertThat(flags("at-100")).isEmpty();
        }

        @Test
        void givenAnotherSupplierBuyerOrThreshold_thenNotFlagged() {
            defaults();
            award("p1", "13101", ACME, 4_750_000, "2025-03-01");
            award("other-supplier", "13101", BETA, 4_750_000, "2025-03-02");
            award("other-buyer", "13119", ACME, 4_750_000, "2025-03-03");
            award("other-threshold", "13101", ACME, 47_500_000, "2025-03-04"); // 950 UTM, under 1,000

            assertThat(flags("p1")).isEmpty();
            assertThat(flags("other-supplier")).isEmpty();
            assertThat(flags("other-buyer")).isEmpty();
            assertThat(flags("other-threshold")).isEmpty();
        }

        @Test
        void givenEachProcesssOwnUtmValue_thenAmountsAreMeasuredWithIt() {
            defaults();
            award("p1", "13101", ACME, 4_750_000, "2025-03-01");
            // CLP 5,500,000 is 110 UTM at 50,000 but 91.67 UTM at 60,000
            ProcessHistory.planned(projections, "p2", "13101", ProcurementMethod.DIRECT_AWARD, 5_500_000, 60_000,
                            DirectAwardGround.EMERGENCY, day("2025-03-10"))
                    .awardedTo(ACME, "Acme SpA", 5_500_000, day("2025-03-10"));
            ProcessHistory.planned(projections, "p3", "13101", ProcurementMethod.DIRECT_AWARD, 5_500_000, UTM,
                            DirectAwardGround.EMERGENCY, day("2025-03-11"))
                    .awardedTo(ACME, "Acme SpA", 5_500_000, day("2025-03-11"));

            assertThat(flag("p1", ProcurementRedFlag.SPLITTING)).get().asString()
                    .endsWith("in 1 other process: p2 (CLP 5,500,000, 91.67 UTM, on 2025-03-10).");
            assertThat(flags("p3")).isEmpty();
        }

        @Test
        void givenAChain_thenEveryProcessOfTheClusterIsFlaggedWithItsOwnNeighbours() {
            defaults();
            award("a", "13101", ACME, 4_750_000, "2025-01-01");
            award("c", "13101", ACME, 4_700_000, "2025-05-01");
            award("b", "13101", ACME, 4_800_000, "2025-03-01");

            assertThat(flag("a", ProcurementRedFlag.SPLITTING)).get().asString()
                    .endsWith("in 1 other process: b (CLP 4,800,000, 96.00 UTM, on 2025-03-01).");
            assertThat(flag("b", ProcurementRedFlag.SPLITTING)).get().asString()
                    .endsWith("in 2 other processes: a (CLP 4,750,000, 95.00 UTM, on 2025-01-01), c (CLP 4,700,000, "
                            + "94.00 UTM, on 2025-05-01).");
            assertThat(flag("c", ProcurementRedFlag.SPLITTING)).get().asString()
                    .endsWith("in 1 other process: b (CLP 4,800,000, 96.00 UTM, on 2025-03-01).");
        }

        @Test
        void givenLotsOfOneProcessToOneSupplier_thenTheirSumIsThePurchase() {
            defaults();
            award("p1", "13101", ACME, 4_750_000, "2025-03-01");
            ProcessHistory.tender(projections, "p2", "13101", 9_000_000, day("2025-03-02"))
                    .published(day("2025-03-03"), day("2025-03-13"))
                    .bid("b1", ACME, "Acme SpA", 2_400_000, "1", day("2025-03-05"))
                    .bid("b2", ACME, "Acme SpA", 2_350_000, "2", day("2025-03-05"))
                    .bid("b3", BETA, "Beta Ltda", 4_000_000, "3", day("2025-03-05"))
                    .opened(3, day("2025-03-14"))
                    .awarded(day("2025-03-20"), bidAward("b1", ACME, "Acme SpA", 2_400_000, "1"),
                            bidAward("b2", ACME, "Acme SpA", 2_350_000, "2"),
                            bidAward("b3", BETA, "Beta Ltda", 4_000_000, "3"));

            assertThat(flag("p2", ProcurementRedFlag.SPLITTING)).get().asString()
                    .startsWith("Awarded CLP 4,750,000 (95.00 UTM) to " + ACME);
            assertThat(flag("p1", ProcurementRedFlag.SPLITTING)).isPresent();
        }

        @Test
        void givenHigherThresholds_thenTheyCountToo() {
            defaults();
            award("p1", "13101", ACME, 97_500_000, "2025-03-01"); // 1,950 UTM
            award("p2", "13101", ACME, 92_000_000, "2025-03-20"); // 1,840 UTM

            assertThat(flag("p1", ProcurementRedFlag.SPLITTING)).get().asString()
                    .contains("within 10 % under the 2,000 UTM threshold");
        }

        @Test
        void givenAConfiguredWindowAndMargin_thenTheyApply() {
            projections(settings(BigDecimal.valueOf(5), Duration.ofDays(30), Map.of(), BigDecimal.valueOf(20)));
            award("p1", "13101", ACME, 4_800_000, "2025-03-01");  // 96 UTM
            award("p2", "13101", ACME, 4_800_000, "2025-04-15");  // 45 days later
            award("p3", "13101", ACME, 4_600_000, "2025-03-10");  // 92 UTM: outside a 5 % margin
            award("p4", "13101", ACME, 4_900_000, "2025-05-10");  // 25 days after p2

            assertThat(flags("p1")).isEmpty();
            assertThat(flags("p3")).isEmpty();
            assertThat(flag("p2", ProcurementRedFlag.SPLITTING)).get().asString()
                    .contains("within 5 % under the 100 UTM threshold; within 30 days");
            assertThat(flag("p4", ProcurementRedFlag.SPLITTING)).isPresent();
        }

        @Test
        void givenTheWholeHistoryRedelivered_thenTheSameFlags() {
            defaults();
            ProcessHistory p1 = award("p1", "13101", ACME, 4_750_000, "2025-03-01");
            ProcessHistory p2 = award("p2", "13101", ACME, 4_600_000, "2025-04-10");
            List<ProcurementRedFlagView> p1Flags = flags("p1");
            List<ProcurementRedFlagView> p2Flags = flags("p2");

            p1.redeliverAll();
            p2.redeliverAll();
            p2.redeliverAll();

            assertThat(flags("p1")).isEqualTo(p1Flags).hasSize(1);
            assertThat(flags("p2")).isEqualTo(p2Flags).hasSize(1);
        }
    }

    @Nested
    class RedFlagList {

        private ProcurementRedFlagPageView page(ProcurementRedFlag flag, String commune, String region, int page,
                                                int size) {
            return new ProcurementQueries(database).handle(new FindProcurementRedFlagsQuery(flag, commune, region,
                    page, size));
        }

        private void flaggedProcesses() {
            defaults();
            // single bidder and above the estimate, in Santiago
            ProcessHistory.tender(projections, "sb", "13101", 40_000_000, day("2025-03-03"))
                    .published(day("2025-03-05"), day("2025-03-20"))
                    .bid("b1", ACME, "Acme SpA", 49_000_000, day("2025-03-10"))
                    .opened(1, day("2025-03-21"))
                    .awarded(day("2025-03-25"), bidAward("b1", ACME, "Acme SpA", 49_000_000, null));
            // short publication, in Concepción
            ProcessHistory.tender(projections, "short", "08101", 40_000_000, day("2025-03-01"))
                    .published(day("2025-03-05"), day("2025-03-10"), true, 5);
            // splitting, in Santiago
            ProcessHistory.direct(projections, "s1", "13101", 4_750_000, DirectAwardGround.EMERGENCY,
                    day("2025-03-04")).awardedTo(ACME, "Acme SpA", 4_750_000, day("2025-03-04"));
            ProcessHistory.direct(projections, "s2", "13101", 4_700_000, DirectAwardGround.EMERGENCY,
                    day("2025-03-06")).awardedTo(ACME, "Acme SpA", 4_700_000, day("2025-03-06"));
            // nothing to see
            ProcessHistory.tender(projections, "clean", "13101", 40_000_000, day("2025-03-02"));
        }

        @Test
        void everyFlaggedProcessInPlanningOrderWithCounts() {
            flaggedProcesses();

            ProcurementRedFlagPageView all = page(null, null, null, 0, 20);

            assertThat(all.items()).extracting(FlaggedProcess::processId).containsExactly("short", "sb", "s1", "s2");
            assertThat(all.items().get(1).flags()).extracting(ProcurementRedFlagView::flag)
                    .containsExactly(ProcurementRedFlag.SINGLE_BIDDER, ProcurementRedFlag.AWARD_ABOVE_ESTIMATE);
            assertThat(all.items().get(1).communeName()).isEqualTo("Santiago");
            assertThat(all.items().get(1).awardedAmount()).isEqualTo(49_000_000);
            assertThat(all.totalItems()).isEqualTo(4);
            assertThat(all.counts()).containsExactly(new FlagCount(ProcurementRedFlag.SINGLE_BIDDER, 1),
                    new FlagCount(ProcurementRedFlag.SPLITTING, 2), new FlagCount(ProcurementRedFlag.SHORT_PUBLICATION, 1),
                    new FlagCount(ProcurementRedFlag.AWARD_ABOVE_ESTIMATE, 1));
        }

        @Test
        void oneFlagShowsOnlyThatFlag() {
            flaggedProcesses();

            ProcurementRedFlagPageView page = page(ProcurementRedFlag.AWARD_ABOVE_ESTIMATE, null, null, 0, 20);

            assertThat(page.items()).singleElement().satisfies(p -> {
                assertThat(p.processId()).isEqualTo("sb");
                assertThat(p.flags()).extracting(ProcurementRedFlagView::flag)
                        .containsExactly(ProcurementRedFlag.AWARD_ABOVE_ESTIMATE);
            });
        }

        @Test
        void byCommuneOrRegionWithCountsOfThatPlace() {
            flaggedProcesses();

            ProcurementRedFlagPageView biobio = page(null, null, "08", 0, 20);
            ProcurementRedFlagPageView santiago = page(ProcurementRedFlag.SPLITTING, "13101", null, 0, 20);

            assertThat(biobio.items()).extracting(FlaggedProcess::processId).containsExactly("short");
            assertThat(biobio.counts()).extracting(FlagCount::processes).containsExactly(0L, 0L, 1L, 0L);
            assertThat(santiago.items()).extracting(FlaggedProcess::processId).containsExactly("s1", "s2");
            assertThat(page(ProcurementRedFlag.SPLITTING, "13119", null, 0, 20).items()).isEmpty();
        }

        @Test
        void pages() {
            flaggedProcesses();

            ProcurementRedFlagPageView second = page(null, null, null, 1, 3);

            assertThat(second.items()).extracting(FlaggedProcess::processId).containsExactly("s2");
            assertThat(second.totalItems()).isEqualTo(4);
            assertThat(second.totalPages()).isEqualTo(2);
        }
    }
}
