package cl.redlim.procurement.query;

import cl.redlim.procurement.api.BidsOpenedEvent;
import cl.redlim.procurement.api.DirectAwardGround;
import cl.redlim.procurement.api.DirectAwardShareView.GroundRow;
import cl.redlim.procurement.api.DirectAwardShareView.MunicipalityShare;
import cl.redlim.procurement.api.DirectAwardShareView.Share;
import cl.redlim.procurement.api.DirectAwardShareView;
import cl.redlim.procurement.api.FindDirectAwardShareQuery;
import cl.redlim.procurement.api.FindProcurementAwardedTotalsQuery;
import cl.redlim.procurement.api.FindProcurementCycleTimesQuery;
import cl.redlim.procurement.api.FindProcurementStatsByMethodQuery;
import cl.redlim.procurement.api.FindProcurementStatsByMunicipalityQuery;
import cl.redlim.procurement.api.FindProcurementStatsByStatusQuery;
import cl.redlim.procurement.api.FindProcurementStatsBySupplierQuery;
import cl.redlim.procurement.api.ProcurementAwardedTotalsView.MunicipalityTotal;
import cl.redlim.procurement.api.ProcurementAwardedTotalsView.SupplierTotal;
import cl.redlim.procurement.api.ProcurementAwardedTotalsView;
import cl.redlim.procurement.api.ProcurementCycleTimesView.Row;
import cl.redlim.procurement.api.ProcurementCycleTimesView;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.ProcurementMethodStatsView;
import cl.redlim.procurement.api.ProcurementMunicipalityStatsView;
import cl.redlim.procurement.api.ProcurementStatsFilter;
import cl.redlim.procurement.api.ProcurementStatus;
import cl.redlim.procurement.api.ProcurementStatusStatsView;
import cl.redlim.procurement.api.ProcurementSupplierStatsView;
import cl.redlim.procurement.api.TenderType;
import cl.redlim.procurement.query.ProcessHistory.Projections;
import cl.redlim.readmodel.InMemoryMongo;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static cl.redlim.procurement.query.ProcessHistory.bidAward;
import static cl.redlim.procurement.query.ProcessHistory.day;
import static cl.redlim.procurement.query.ProcessHistory.rut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every statistic over one data set of eleven processes in three communes of two regions. */
class ProcurementStatisticsTest {

    static final String ACME = rut("76123456");
    static final String BETA = rut("77654321");
    static final String GAMMA = rut("78111222");
    static final String DELTA = rut("79333444");
    static final String SANTIAGO = "Metropolitana de Santiago";

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    private Projections projections;
    private ProcurementStatistics statistics;
    private ProcurementCycleTimes cycleTimes;

    @BeforeEach
    void elevenProcesses() {
        MongoDatabase database = mongo.freshDatabase();
        projections = new Projections(new ProcurementProjection(database, RedFlagSettings.defaults()),
                new ProcurementContractProjection(database)).withPlaces();
        statistics = new ProcurementStatistics(database);
        cycleTimes = new ProcurementCycleTimes(database);

        // Santiago, LE: 30 days from publication to award; contracted and partly paid
        ProcessHistory.tender(projections, "t1", "13101", 40_000_000, day("2025-01-10"))
                .published(day("2025-01-12"), day("2025-01-25"))
                .bid("b1", ACME, "Acme SpA", 38_000_000, day("2025-01-15"))
                .bid("b2", BETA, "Beta Ltda", 39_000_000, day("2025-01-16"))
                .opened(2, day("2025-01-26"))
                .awarded(day("2025-02-11"), bidAward("b1", ACME, "Acme SpA", 38_000_000, null))
                .contract("c1", "b1", ACME, 38_000_000, day("2025-02-20"))
                .order("c1", "o1", 10_000_000, day("2025-02-21"))
                .payment("c1", "pay1", 10_000_000, "o1", day("2025-03-01"));
        // Santiago, LP: 20 days
        ProcessHistory.tender(projections, "t2", "13101", 80_000_000, day("2025-02-01"))
                .published(day("2025-02-02"), day("2025-02-15"))
                .bid("b1", ACME, "Acme SpA", 70_000_000, day("2025-02-05"))
                .bid("b2", GAMMA, "Gamma SA", 75_000_000, day("2025-02-06"))
                .opened(2, day("2025-02-16"))
                .awarded(day("2025-02-22"), bidAward("b2", GAMMA, "Gamma SA", 75_000_000, null));
        // Concepción, LE: 10 days
        ProcessHistory.tender(projections, "t3", "08101", 20_000_000, day("2025-02-05"))
                .published(day("2025-02-06"), day("2025-02-12"))
                .bid("b1", BETA, "Beta Ltda", 19_000_000, day("2025-02-07"))
                .opened(1, day("2025-02-13"))
                .awarded(day("2025-02-16"), bidAward("b1", BETA, "Beta Ltda", 19_000_000, null));
        // Maipú, Compra Ágil: 3 days
        ProcessHistory.compraAgil(projections, "ca1", "13119", 3_000_000, day("2025-03-01"))
                .published(day("2025-03-02"), day("2025-03-04"), false, 1)
                .bid("q1", ACME, "Acme SpA", 2_900_000, day("2025-03-03"))
                .bid("q2", BETA, "Beta Ltda", 3_000_000, day("2025-03-03"))
                .bid("q3", GAMMA, "Gamma SA", 3_100_000, day("2025-03-03"))
                .opened(3, day("2025-03-04"))
                .awarded(day("2025-03-05"), bidAward("q1", ACME, "Acme SpA", 2_900_000, null));
        ProcessHistory.direct(projections, "d1", "13101", 10_000_000, DirectAwardGround.EMERGENCY, day("2025-03-10"))
                .awardedTo(BETA, "Beta Ltda", 10_000_000, day("2025-03-11"));
        ProcessHistory.direct(projections, "d2", "13119", 5_000_000, DirectAwardGround.SOLE_SUPPLIER,
                day("2025-04-01")).awardedTo(ACME, "Acme SpA", 5_000_000, day("2025-04-02"));
        ProcessHistory.direct(projections, "d3", "13101", 2_000_000, DirectAwardGround.EMERGENCY, day("2025-04-05"))
                .awardedTo(GAMMA, "Gamma SA", 2_000_000, day("2025-04-06"));
        ProcessHistory.planned(projections, "fa", "08101", ProcurementMethod.FRAMEWORK_AGREEMENT, 6_000_000,
                ProcessHistory.UTM, null, day("2025-04-10")).awardedTo(GAMMA, "Gamma SA", 6_000_000, day("2025-04-11"));
        // Maipú, L1, void
        ProcessHistory.tender(projections, "v1", "13119", 4_000_000, day("2025-05-01"))
                .published(day("2025-05-02"), day("2025-05-08"))
                .opened(0, day("2025-05-09"))
                .voided("Sin ofertas", day("2025-05-10"));
        // Santiago, LE, still open: its sealed bid counts nowhere
        ProcessHistory.tender(projections, "open", "13101", 30_000_000, day("2025-05-10"))
                .published(day("2025-05-11"), day("2025-05-30"))
                .bid("b1", DELTA, "Delta EIRL", 29_000_000, day("2025-05-12"));
        // Concepción, LQ, only planned
        ProcessHistory.tender(projections, "plan", "08101", 150_000_000, day("2025-06-01"));
    }

    private static ProcurementStatsFilter filter(String commune, String region, String from, String to) {
        return new ProcurementStatsFilter(commune, region, from == null ? null : Instant.parse(from),
                to == null ? null : Instant.parse(to));
    }

    @Nested
    class ByMunicipality {

        @Test
        void everyBuyerWithItsCountsAndAmounts() {
            assertThat(statistics.handle(new FindProcurementStatsByMunicipalityQuery(ProcurementStatsFilter.none()))
                    .rows()).containsExactly(
                    new ProcurementMunicipalityStatsView.Row("08101", "Concepción", "08", "Biobío", 3, 176_000_000, 2,
                            25_000_000, 0, 0),
                    new ProcurementMunicipalityStatsView.Row("13101", "Santiago", "13", SANTIAGO, 5, 162_000_000, 4,
                            125_000_000, 38_000_000, 10_000_000),
                    new ProcurementMunicipalityStatsView.Row("13119", "Maipú", "13", SANTIAGO, 3, 12_000_000, 2,
                            7_900_000, 0, 0));
        }

        @Test
        void ofARegionAndOfProcessesPlannedInAnInterval() {
            assertThat(statistics.handle(new FindProcurementStatsByMunicipalityQuery(filter(null, "13", null, null)))
                    .rows()).extracting(ProcurementMunicipalityStatsView.Row::commune).containsExactly("13101", "13119");
            // planned from 1 March to before 1 May: ca1, d1, d2, d3, fa (v1 is planned on 1 May, excluded)
            assertThat(statistics.handle(new FindProcurementStatsByMunicipalityQuery(
                    filter(null, null, "2025-03-01T00:00:00Z", "2025-05-01T15:00:00Z"))).rows())
                    .extracting(ProcurementMunicipalityStatsView.Row::commune,
                            ProcurementMunicipalityStatsView.Row::processes,
                            ProcurementMunicipalityStatsView.Row::estimatedAmount)
                    .containsExactly(tuple("08101", 1L, 6_000_000L),
                            tuple("13101", 2L, 12_000_000L),
                            tuple("13119", 2L, 8_000_000L));
        }
    }

    @Nested
    class ByMethod {

        @Test
        void everyMethodAndTenderType() {
            assertThat(statistics.handle(new FindProcurementStatsByMethodQuery(ProcurementStatsFilter.none())).rows())
                    .containsExactly(
                            new ProcurementMethodStatsView.Row(ProcurementMethod.PUBLIC_TENDER, TenderType.L1, 1,
                                    4_000_000, 0, 0),
                            new ProcurementMethodStatsView.Row(ProcurementMethod.PUBLIC_TENDER, TenderType.LE, 3,
                                    90_000_000, 2, 57_000_000),
                            new ProcurementMethodStatsView.Row(ProcurementMethod.PUBLIC_TENDER, TenderType.LP, 1,
                                    80_000_000, 1, 75_000_000),
                            new ProcurementMethodStatsView.Row(ProcurementMethod.PUBLIC_TENDER, TenderType.LQ, 1,
                                    150_000_000, 0, 0),
                            new ProcurementMethodStatsView.Row(ProcurementMethod.COMPRA_AGIL, null, 1, 3_000_000, 1,
                                    2_900_000),
                            new ProcurementMethodStatsView.Row(ProcurementMethod.DIRECT_AWARD, null, 3, 17_000_000, 3,
                                    17_000_000),
                            new ProcurementMethodStatsView.Row(ProcurementMethod.FRAMEWORK_AGREEMENT, null, 1,
                                    6_000_000, 1, 6_000_000));
        }

        @Test
        void ofOneCommune() {
            assertThat(statistics.handle(new FindProcurementStatsByMethodQuery(filter("13101", null, null, null)))
                    .rows()).containsExactly(
                    new ProcurementMethodStatsView.Row(ProcurementMethod.PUBLIC_TENDER, TenderType.LE, 2, 70_000_000, 1,
                            38_000_000),
                    new ProcurementMethodStatsView.Row(ProcurementMethod.PUBLIC_TENDER, TenderType.LP, 1, 80_000_000, 1,
                            75_000_000),
                    new ProcurementMethodStatsView.Row(ProcurementMethod.DIRECT_AWARD, null, 2, 12_000_000, 2,
                            12_000_000));
        }
    }

    @Test
    void byStatus() {
        assertThat(statistics.handle(new FindProcurementStatsByStatusQuery(ProcurementStatsFilter.none())).rows())
                .containsExactly(
                        new ProcurementStatusStatsView.Row(ProcurementStatus.PLANNED, 1, 150_000_000, 0),
                        new ProcurementStatusStatsView.Row(ProcurementStatus.TENDERING, 1, 30_000_000, 0),
                        new ProcurementStatusStatsView.Row(ProcurementStatus.AWARDED, 7, 126_000_000, 119_900_000),
                        new ProcurementStatusStatsView.Row(ProcurementStatus.VOID, 1, 4_000_000, 0),
                        new ProcurementStatusStatsView.Row(ProcurementStatus.CONTRACTED, 1, 40_000_000, 38_000_000));
        assertThat(statistics.handle(new FindProcurementStatsByStatusQuery(filter(null, "08", null, null))).rows())
                .extracting(ProcurementStatusStatsView.Row::status, ProcurementStatusStatsView.Row::processes)
                .containsExactly(tuple(ProcurementStatus.PLANNED, 1L),
                        tuple(ProcurementStatus.AWARDED, 2L));
    }

    @Nested
    class BySupplier {

        @Test
        void openedBidsAndAwardsTheLargestAwardsFirstAndNoSealedBid() {
            ProcurementSupplierStatsView view = statistics.handle(
                    new FindProcurementStatsBySupplierQuery(ProcurementStatsFilter.none(), 0, 20));

            assertThat(view.items()).containsExactly(
                    new ProcurementSupplierStatsView.Row(GAMMA, "Gamma SA", 2, 78_100_000, 3, 83_000_000, 4, 3),
                    new ProcurementSupplierStatsView.Row(ACME, "Acme SpA", 3, 110_900_000, 3, 45_900_000, 4, 2),
                    new ProcurementSupplierStatsView.Row(BETA, "Beta Ltda", 3, 61_000_000, 2, 29_000_000, 4, 3));
            assertThat(view.totalItems()).isEqualTo(3);
        }

        @Test
        void pagedAndFiltered() {
            ProcurementSupplierStatsView second = statistics.handle(
                    new FindProcurementStatsBySupplierQuery(ProcurementStatsFilter.none(), 1, 2));
            ProcurementSupplierStatsView concepcion = statistics.handle(
                    new FindProcurementStatsBySupplierQuery(filter("08101", null, null, null), 0, 20));

            assertThat(second.items()).extracting(ProcurementSupplierStatsView.Row::supplier).containsExactly(BETA);
            assertThat(second.totalPages()).isEqualTo(2);
            assertThat(concepcion.items()).containsExactly(
                    new ProcurementSupplierStatsView.Row(BETA, "Beta Ltda", 1, 19_000_000, 1, 19_000_000, 1, 1),
                    new ProcurementSupplierStatsView.Row(GAMMA, "Gamma SA", 0, 0, 1, 6_000_000, 1, 1));
        }

        @Test
        void givenTheOpenTenderOpened_thenItsBidderCounts() {
            // the "open" process, fed again from its opening: sequence 0 plan, 1 publish, 2 bid
            projections.processes().on(new BidsOpenedEvent("open", 1, day("2025-05-31")), 3);

            assertThat(statistics.handle(new FindProcurementStatsBySupplierQuery(ProcurementStatsFilter.none(), 0, 20))
                    .items()).filteredOn(r -> r.supplier().equals(DELTA)).containsExactly(
                    new ProcurementSupplierStatsView.Row(DELTA, "Delta EIRL", 1, 29_000_000, 0, 0, 1, 1));
        }
    }

    @Nested
    class AwardedTotals {

        @Test
        void perMunicipalityAndPerSupplierTheLargestFirst() {
            ProcurementAwardedTotalsView view = statistics.handle(
                    new FindProcurementAwardedTotalsQuery(ProcurementStatsFilter.none()));

            assertThat(view.awards()).isEqualTo(8);
            assertThat(view.awardedAmount()).isEqualTo(157_900_000);
            assertThat(view.byMunicipality()).containsExactly(
                    new MunicipalityTotal("13101", "Santiago", "13", SANTIAGO, 4, 4, 125_000_000),
                    new MunicipalityTotal("08101", "Concepción", "08", "Biobío", 2, 2, 25_000_000),
                    new MunicipalityTotal("13119", "Maipú", "13", SANTIAGO, 2, 2, 7_900_000));
            assertThat(view.bySupplier()).containsExactly(
                    new SupplierTotal(GAMMA, "Gamma SA", 3, 3, 2, 83_000_000),
                    new SupplierTotal(ACME, "Acme SpA", 3, 3, 2, 45_900_000),
                    new SupplierTotal(BETA, "Beta Ltda", 2, 2, 2, 29_000_000));
        }

        @Test
        void ofAwardsMadeInAnInterval() {
            // ca1 (5 March), d1 (11 March), d2 (2 April); d3 is awarded on 6 April, after the interval
            ProcurementAwardedTotalsView view = statistics.handle(new FindProcurementAwardedTotalsQuery(
                    filter(null, null, "2025-03-01T00:00:00Z", "2025-04-06T00:00:00Z")));

            assertThat(view.awards()).isEqualTo(3);
            assertThat(view.awardedAmount()).isEqualTo(17_900_000);
            assertThat(view.byMunicipality()).extracting(MunicipalityTotal::commune, MunicipalityTotal::awardedAmount)
                    .containsExactly(tuple("13101", 10_000_000L),
                            tuple("13119", 7_900_000L));
        }

        @Test
        void ofOneRegion() {
            ProcurementAwardedTotalsView view = statistics.handle(
                    new FindProcurementAwardedTotalsQuery(filter(null, "08", null, null)));

            assertThat(view.awardedAmount()).isEqualTo(25_000_000);
            assertThat(view.bySupplier()).extracting(SupplierTotal::supplier).containsExactly(BETA, GAMMA);
        }
    }

    @Nested
    class DirectAwards {

        @Test
        void shareByCountAndAmountOverallPerMunicipalityAndGrounds() {
            DirectAwardShareView view = statistics.handle(new FindDirectAwardShareQuery(ProcurementStatsFilter.none()));

            // 3 of 8 awarded processes; CLP 17,000,000 of 157,900,000
            assertThat(view.overall()).isEqualTo(new Share(8, 3, 37.5, 157_900_000, 17_000_000, 10.8));
            assertThat(view.byMunicipality()).containsExactly(
                    new MunicipalityShare("08101", "Concepción", "08", "Biobío",
                            new Share(2, 0, 0.0, 25_000_000, 0, 0.0)),
                    new MunicipalityShare("13101", "Santiago", "13", SANTIAGO,
                            new Share(4, 2, 50.0, 125_000_000, 12_000_000, 9.6)),
                    new MunicipalityShare("13119", "Maipú", "13", SANTIAGO,
                            new Share(2, 1, 50.0, 7_900_000, 5_000_000, 63.3)));
            assertThat(view.grounds()).containsExactly(
                    new GroundRow(DirectAwardGround.EMERGENCY, 2, 12_000_000, 66.7),
                    new GroundRow(DirectAwardGround.SOLE_SUPPLIER, 1, 5_000_000, 33.3));
        }

        @Test
        void ofARegionWithoutDirectAwards() {
            DirectAwardShareView view = statistics.handle(new FindDirectAwardShareQuery(filter(null, "08", null, null)));

            assertThat(view.overall()).isEqualTo(new Share(2, 0, 0.0, 25_000_000, 0, 0.0));
            assertThat(view.grounds()).isEmpty();
        }

        @Test
        void ofProcessesFirstAwardedInAnInterval() {
            // d2, d3 and fa
            DirectAwardShareView view = statistics.handle(
                    new FindDirectAwardShareQuery(filter(null, null, "2025-04-01T00:00:00Z", null)));

            assertThat(view.overall()).isEqualTo(new Share(3, 2, 66.7, 13_000_000, 7_000_000, 53.8));
        }

        @Test
        void givenNothingAwarded_thenSharesAreNull() {
            DirectAwardShareView view = statistics.handle(
                    new FindDirectAwardShareQuery(filter(null, null, "2026-01-01T00:00:00Z", null)));

            assertThat(view.overall()).isEqualTo(new Share(0, 0, null, 0, 0, null));
            assertThat(view.byMunicipality()).isEmpty();
        }
    }

    @Nested
    class CycleTimes {

        @Test
        void fromPublicationToAwardOverallByTypeAndByRegion() {
            ProcurementCycleTimesView view = cycleTimes.handle(
                    new FindProcurementCycleTimesQuery(ProcurementStatsFilter.none()));

            // 3, 10, 20 and 30 days; direct and framework purchases publish nothing, the void tender has no award
            assertThat(view.overall()).isEqualTo(new Row("all", "Every published process", 4, 15.0, 15.8, 30.0));
            assertThat(view.byType()).containsExactly(
                    new Row("LE", "Public tender LE (100 to under 1,000 UTM)", 2, 20.0, 20.0, 30.0),
                    new Row("LP", "Public tender LP (1,000 to under 2,000 UTM)", 1, 20.0, 20.0, 20.0),
                    new Row("COMPRA_AGIL", "Compra Ágil (up to 100 UTM)", 1, 3.0, 3.0, 3.0));
            assertThat(view.byRegion()).containsExactly(
                    new Row("08", "Biobío", 1, 10.0, 10.0, 10.0),
                    new Row("13", SANTIAGO, 3, 20.0, 17.7, 30.0));
        }

        @Test
        void ofOneCommuneAndOfAwardsInAnInterval() {
            assertThat(cycleTimes.handle(new FindProcurementCycleTimesQuery(filter("13101", null, null, null)))
                    .overall()).isEqualTo(new Row("all", "Every published process", 2, 25.0, 25.0, 30.0));
            assertThat(cycleTimes.handle(new FindProcurementCycleTimesQuery(
                    filter(null, null, "2025-02-12T00:00:00Z", "2025-03-01T00:00:00Z"))).byType())
                    .containsExactly(new Row("LE", "Public tender LE (100 to under 1,000 UTM)", 1, 10.0, 10.0, 10.0),
                            new Row("LP", "Public tender LP (1,000 to under 2,000 UTM)", 1, 20.0, 20.0, 20.0));
        }

        @Test
        void givenNothingAwarded_thenAnEmptyOverallRow() {
            ProcurementCycleTimesView view = cycleTimes.handle(
                    new FindProcurementCycleTimesQuery(filter(null, null, "2026-01-01T00:00:00Z", null)));

            assertThat(view.overall()).isEqualTo(new Row("all", "Every published process", 0, null, null, null));
            assertThat(view.byType()).isEmpty();
            assertThat(view.byRegion()).isEmpty();
        }

        @Test
        void theNinetiethPercentileIsTheNearestRank() {
            List<Double> ten = IntStream.rangeClosed(1, 10).mapToObj(i -> (double) i).toList();
            List<Double> eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> (double) i).toList();

            assertThat(ProcurementCycleTimes.percentile(ten, 90)).isEqualTo(9.0);
            assertThat(ProcurementCycleTimes.percentile(eleven, 90)).isEqualTo(10.0);
            assertThat(ProcurementCycleTimes.percentile(List.of(4.0), 90)).isEqualTo(4.0);
            assertThat(ProcurementCycleTimes.median(ten)).isEqualTo(5.5);
            assertThat(ProcurementCycleTimes.percentile(List.of(), 90)).isNull();
        }
    }
}
