package cl.redlim.fund.query;

import cl.redlim.fund.api.CycleTimesView;
import cl.redlim.fund.api.CycleTimesView.Row;
import cl.redlim.fund.api.FindFundCycleTimesQuery;
import cl.redlim.fund.api.FindGrantsQuery;
import cl.redlim.fund.api.GrantRecordView;
import cl.redlim.readmodel.InMemoryMongo;
import cl.redlim.territory.api.CommuneGroup;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FundApplicationQueriesTest {

    private static final FundingOrganisation FUNDER =
            new FundingOrganisation("CL-FIM-TEST", "Fondo de Prueba", "360G-test");

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    private FundApplicationProjection projection;
    private FundApplicationQueries queries;


    @BeforeEach
    void freshReadModel() {
        MongoDatabase database = mongo.freshDatabase();
        projection = new FundApplicationProjection(database);
        FundApplicationProjectionTest.registerPlacesAndCalls(projection);
        queries = new FundApplicationQueries(database, FUNDER);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private ApplicationHistory evaluated(String id, String callId, String cut, CommuneGroup group, String submittedAt) {
        return ApplicationHistory.drafted(projection, id, callId, cut, 50_000_000, at(submittedAt).minusSeconds(86_400))
                .submitted(group, at(submittedAt))
                .admissible(at(submittedAt).plusSeconds(3_600))
                .evaluated("ev-1", "70.00", at(submittedAt).plusSeconds(7_200))
                .evaluated("ev-2", "80.00", at(submittedAt).plusSeconds(7_200));
    }

    @Nested
    class Grants {

        @BeforeEach
        void applications() {
            // Late on 19 May in Santiago (UTC-4 in winter), already 20 May in UTC.
            evaluated("g1", "call-a", "13101", CommuneGroup.GROUP_1, "2025-03-10T12:00:00Z")
                    .awarded(45_000_000, "75.00", at("2025-05-20T02:30:00Z"));
            evaluated("g2", "call-b", "08101", CommuneGroup.GROUP_2, "2026-03-10T12:00:00Z")
                    .awarded(30_000_000, "75.00", at("2026-04-02T15:00:00Z"))
                    .agreementSigned("CONV-2", at("2026-04-10T15:00:00Z"))
                    .tranchePaid(1, 10_000_000, at("2026-04-20T15:00:00Z"));
            // Awarded before g2 but fed after it: grants are listed by award date.
            evaluated("g0", "call-a", "13201", CommuneGroup.GROUP_3, "2025-03-09T12:00:00Z")
                    .awarded(20_000_000, "75.00", at("2025-04-01T12:00:00Z"));
            evaluated("r1", "call-a", "13101", CommuneGroup.GROUP_1, "2025-03-11T12:00:00Z")
                    .rejected("Sin fondos", "75.00", at("2025-05-21T12:00:00Z"));
            ApplicationHistory.drafted(projection, "s1", "call-a", "13101", 1_000_000, at("2025-03-01T12:00:00Z"))
                    .submitted(CommuneGroup.GROUP_1, at("2025-03-02T12:00:00Z"));
        }

        @Test
        void onlyAwardedApplicationsInAwardOrder() {
            List<GrantRecordView> grants = queries.handle(new FindGrantsQuery(null)).grants();

            assertThat(grants).extracting(GrantRecordView::id)
                    .containsExactly("360G-test-g0", "360G-test-g1", "360G-test-g2");
        }

        @Test
        void aGrantCarriesThe360GivingFields() {
            GrantRecordView g1 = queries.handle(new FindGrantsQuery(null)).grants().get(1);

            assertThat(g1).isEqualTo(new GrantRecordView("360G-test-g1", "Proyecto g1", "Descripción de g1", "CLP",
                    50_000_000, 45_000_000, 0, LocalDate.of(2025, 5, 19),
                    "CL-CUT-13101", "Municipalidad de Santiago", "CL-FIM-TEST", "Fondo de Prueba",
                    "call-a", "FIM 2025", "13101", "Santiago", "Metropolitana de Santiago", "AWARDED"));
        }

        @Test
        void aGrantShowsWhatWasDisbursedAndTheCurrentStatus() {
            GrantRecordView g2 = queries.handle(new FindGrantsQuery(null)).grants().get(2);

            assertThat(g2.amountAwarded()).isEqualTo(30_000_000);
            assertThat(g2.amountDisbursed()).isEqualTo(10_000_000);
            assertThat(g2.awardDate()).isEqualTo(LocalDate.of(2026, 4, 2));
            assertThat(g2.status()).isEqualTo("AGREEMENT_SIGNED");
            assertThat(g2.beneficiaryLocationRegion()).isEqualTo("Biobío");
            assertThat(g2.grantProgrammeTitle()).isEqualTo("FIM 2026");
        }

        @Test
        void filteredByCall() {
            assertThat(queries.handle(new FindGrantsQuery("call-a")).grants()).extracting(GrantRecordView::id)
                    .containsExactly("360G-test-g0", "360G-test-g1");
            assertThat(queries.handle(new FindGrantsQuery("call-b")).grants()).extracting(GrantRecordView::id)
                    .containsExactly("360G-test-g2");
            assertThat(queries.handle(new FindGrantsQuery("call-z")).grants()).isEmpty();
        }
    }

    @Nested
    class CycleTimes {

        @BeforeEach
        void applications() {
            // call-a, region 13: 10 days to award, 15 more to the first tranche
            evaluated("c1", "call-a", "13101", CommuneGroup.GROUP_1, "2025-03-10T12:00:00Z")
                    .awarded(40_000_000, "75.00", at("2025-03-20T12:00:00Z"))
                    .agreementSigned("CONV-c1", at("2025-03-25T12:00:00Z"))
                    .tranchePaid(1, 20_000_000, at("2025-04-04T12:00:00Z"));
            // call-a, region 13: refused at admissibility after 2 days
            ApplicationHistory.drafted(projection, "c2", "call-a", "13201", 10_000_000, at("2025-03-10T12:00:00Z"))
                    .submitted(CommuneGroup.GROUP_3, at("2025-03-11T12:00:00Z"))
                    .inadmissible(at("2025-03-13T12:00:00Z"), "Incompleta");
            // call-a, region 08: rejected after 21.5 days
            evaluated("c3", "call-a", "08101", CommuneGroup.GROUP_2, "2025-03-12T00:00:00Z")
                    .rejected("Bajo el mínimo", "50.00", at("2025-04-02T12:00:00Z"));
            // call-a, region 08: 4 days to award, 3 to the first tranche; the second tranche does not count
            evaluated("c4", "call-a", "08101", CommuneGroup.GROUP_2, "2025-03-12T12:00:00Z")
                    .awarded(40_000_000, "75.00", at("2025-03-16T12:00:00Z"))
                    .agreementSigned("CONV-c4", at("2025-03-17T12:00:00Z"))
                    .tranchePaid(1, 20_000_000, at("2025-03-19T12:00:00Z"))
                    .reportSubmitted(1, "Resumen", 20_000_000, at("2025-03-25T12:00:00Z"))
                    .reportAccepted(1, at("2025-03-26T12:00:00Z"))
                    .tranchePaid(2, 20_000_000, at("2025-05-19T12:00:00Z"));
            // call-a, region 13: admissible only, so not decided
            ApplicationHistory.drafted(projection, "c5", "call-a", "13101", 10_000_000, at("2025-03-10T12:00:00Z"))
                    .submitted(CommuneGroup.GROUP_1, at("2025-03-11T12:00:00Z"))
                    .admissible(at("2025-03-12T12:00:00Z"));
            // call-a: never submitted, so in no row at all
            ApplicationHistory.drafted(projection, "c6", "call-a", "13101", 10_000_000, at("2025-03-10T12:00:00Z"));
            // call-b, region 13: 7.25 days to award, nothing paid yet
            evaluated("c7", "call-b", "13101", CommuneGroup.GROUP_1, "2026-03-10T00:00:00Z")
                    .awarded(40_000_000, "75.00", at("2026-03-17T06:00:00Z"));
            // call-a, region 08: 12 days to award, 30 to the first tranche
            evaluated("c8", "call-a", "08101", CommuneGroup.GROUP_2, "2025-03-13T12:00:00Z")
                    .awarded(40_000_000, "75.00", at("2025-03-25T12:00:00Z"))
                    .agreementSigned("CONV-c8", at("2025-04-01T12:00:00Z"))
                    .tranchePaid(1, 20_000_000, at("2025-04-24T12:00:00Z"));
        }

        @Test
        void byCall() {
            CycleTimesView view = queries.handle(new FindFundCycleTimesQuery(null));

            assertThat(view.byCall()).containsExactly(
                    // decisions 2, 4, 10, 12, 21.5 days; first tranches 3, 15, 30 days
                    new Row("call-a", "FIM 2025", 5, 10.0, 9.9, 3, 15.0, 16.0),
                    new Row("call-b", "FIM 2026", 1, 7.3, 7.3, 0, null, null));
        }

        @Test
        void byRegion() {
            CycleTimesView view = queries.handle(new FindFundCycleTimesQuery(null));

            assertThat(view.byRegion()).containsExactly(
                    // decisions 4, 12, 21.5 days; first tranches 3 and 30 days
                    new Row("08", "Biobío", 3, 12.0, 12.5, 2, 16.5, 16.5),
                    // decisions 2, 7.25, 10 days (c5 undecided); first tranche 15 days
                    new Row("13", "Metropolitana de Santiago", 3, 7.3, 6.4, 1, 15.0, 15.0));
        }

        @Test
        void ofOneCall() {
            CycleTimesView view = queries.handle(new FindFundCycleTimesQuery("call-b"));

            assertThat(view.byCall()).containsExactly(new Row("call-b", "FIM 2026", 1, 7.3, 7.3, 0, null, null));
            assertThat(view.byRegion()).containsExactly(
                    new Row("13", "Metropolitana de Santiago", 1, 7.3, 7.3, 0, null, null));
        }

        @Test
        void ofACallWithNothingSubmitted() {
            CycleTimesView view = queries.handle(new FindFundCycleTimesQuery("call-z"));

            assertThat(view.byCall()).isEmpty();
            assertThat(view.byRegion()).isEmpty();
        }
    }
}
