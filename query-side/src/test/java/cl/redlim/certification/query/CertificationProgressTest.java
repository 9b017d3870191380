package cl.redlim.certification.query;

import cl.redlim.certification.api.*;
import cl.redlim.certification.api.CertificationProgressView.Forecast;
import cl.redlim.certification.api.CertificationProgressView.Funnel;
import cl.redlim.certification.api.CertificationProgressView.GroupRow;
import cl.redlim.certification.api.CertificationProgressView.Month;
import cl.redlim.certification.api.CertificationProgressView.RegionRow;
import cl.redlim.certification.api.CertificationProgressView.RuralityRow;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;
import cl.redlim.readmodel.InMemoryMongo;
import cl.redlim.territory.api.CommuneClassifiedEvent;
import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.CommuneRegisteredEvent;
import cl.redlim.territory.api.RegionRegisteredEvent;
import cl.redlim.territory.api.Rurality;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cl.redlim.territory.api.Rurality.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One hand-counted scenario: 7 communes in 3 regions, 9 officials, two programmes; today is 2026-06-15 in Chile.
 * <pre>
 * official  commune (group, rurality)   enrolled    modules  passed  certified   then
 * A         13101 (1, urban)             2026-01-10  2/2      yes     2026-03-05  (54 days); also "otro-programa":
 *                                                                                enrolled 05-01, certified 06-01
 * B         13119 (2, urban)             2026-01-10  2/2      yes     2026-04-10  (90 days)
 * C         13502 (5, rural)             2026-02-01  2/2      yes     2026-05-20  (108 days)
 * D         08101 (2, urban)             2026-02-01  2/2      yes     2026-03-20  revoked 04-01: not counted
 * E         09102 (5, rural)             2026-03-01  2/2      yes     2026-05-02  (62 days), expired: still counts
 * F         09101 (3, mixed)             2026-03-01  2/2      2nd try  -
 * G         08102 (not classified)       2026-03-01  1/2      -       -           withdrew
 * H         13101 → 09101 (transferred)  2026-04-01  0/2      -       -
 * I         13119 (2, urban)             2025-11-01  2/2      yes     2025-12-20  before the window: not counted
 * </pre>
 */
class CertificationProgressTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private static final String AGENTES = "agentes-innovacion";
    private static final String OTRO = "otro-programa";
    private static final ProgrammeRequirements REQ = new ProgrammeRequirements(List.of(
            new ModuleRequirement("dt", "Design thinking", 8), new ModuleRequirement("da", "Datos abiertos", 8)),
            new AssessmentRule(60, 2), 12, new RenewalRule(0, 30));
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-15T16:00:00Z"), ZoneOffset.UTC);

    private MongoDatabase db;
    private CertificationProgressProjection projection;
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void setUp() {
        db = mongo.freshDatabase();
        projection = new CertificationProgressProjection(db);
        region("13", "Metropolitana de Santiago");
        region("08", "Biobío");
        region("09", "La Araucanía");
        commune("13101", "Santiago", CommuneGroup.GROUP_1, PREDOMINANTLY_URBAN);
        commune("13119", "Maipú", CommuneGroup.GROUP_2, PREDOMINANTLY_URBAN);
        commune("13502", "Alhué", CommuneGroup.GROUP_5, PREDOMINANTLY_RURAL);
        commune("08101", "Concepción", CommuneGroup.GROUP_2, PREDOMINANTLY_URBAN);
        commune("08102", "Coronel", null, null);
        commune("09101", "Temuco", CommuneGroup.GROUP_3, MIXED);
        commune("09102", "Carahue", CommuneGroup.GROUP_5, PREDOMINANTLY_RURAL);
    }

    private void scenario() {
        certified("A", AGENTES, "13101", "2026-01-10", "2026-03-05");
        certified("A2", OTRO, "13101", "2026-05-01", "2026-06-01", rut("A"));
        certified("B", AGENTES, "13119", "2026-01-10", "2026-04-10");
        certified("C", AGENTES, "13502", "2026-02-01", "2026-05-20");
        certified("D", AGENTES, "08101", "2026-02-01", "2026-03-20");
        projection.on(new CertificateRevokedEvent("D", "urn:uuid:D", "1", 3, "evidencia falsa", "admin",
                at("2026-04-01")), next("D"));
        certified("E", AGENTES, "09102", "2026-03-01", "2026-05-02");
        projection.on(new CertificateExpiredEvent("E", "urn:uuid:E", at("2026-06-02"), at("2026-06-02")), next("E"));
        enrol("F", AGENTES, "09101", "2026-03-01", rut("F"));
        module("F", "dt", "2026-03-10");
        module("F", "da", "2026-03-20");
        projection.on(new AssessmentSatEvent("F", 1, 40, 60, false, at("2026-04-01")), next("F"));
        projection.on(new AssessmentSatEvent("F", 2, 75, 60, true, at("2026-05-01")), next("F"));
        enrol("G", AGENTES, "08102", "2026-03-01", rut("G"));
        module("G", "dt", "2026-03-10");
        projection.on(new CertificationWithdrawnEvent("G", WithdrawalKind.WITHDRAWN, "cambio de trabajo",
                at("2026-04-01")), next("G"));
        enrol("H", AGENTES, "13101", "2026-04-01", rut("H"));
        projection.on(new OfficialTransferredEvent("official:" + rut("H").value(), rut("H"), CommuneCode.of("13101"),
                CommuneCode.of("09101"), "Encargado de innovación", LocalDate.parse("2026-05-01"), at("2026-05-01")));
        certified("I", AGENTES, "13119", "2025-11-01", "2025-12-20");
    }

    @Test
    void nationalFiguresMatchTheHandCount() {
        scenario();
        CertificationProgressView view = queries(20).handle(new FindCertificationProgressQuery(null));

        assertThat(view.target()).isEqualTo(20);
        assertThat(view.windowStart()).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(view.windowEnd()).isEqualTo(LocalDate.parse("2029-12-31"));
        assertThat(view.asOf()).isEqualTo(LocalDate.parse("2026-06-15"));
        // A, B, C, E (A once, although certified in two programmes); D revoked; I before the window
        assertThat(view.certified()).isEqualTo(4);
        assertThat(view.revoked()).isEqualTo(1);
        assertThat(view.percentOfTarget()).isEqualTo(20.0);
        assertThat(view.cumulative()).containsExactly(new Month("2026-01", 0, 0), new Month("2026-02", 0, 0),
                new Month("2026-03", 1, 1), new Month("2026-04", 1, 2), new Month("2026-05", 2, 4),
                new Month("2026-06", 0, 4));
        // enrolled A..I = 9; all modules: all but G and H = 7; passed: the same 7; ever certified: A B C D E I = 6
        assertThat(view.funnel()).isEqualTo(new Funnel(9, 7, 7, 6));
        // days 54, 62, 90, 108: median (62 + 90) / 2
        assertThat(view.medianDaysToCertify()).isEqualTo(76.0);
    }

    @Test
    void forecastAtTheRateOfTheLastThreeFullMonths() {
        scenario();
        Forecast forecast = queries(20).handle(new FindCertificationProgressQuery(null)).forecast();

        // March A, April B, May C and E: 4 in 3 months; 16 remaining need ceil(16 × 3 / 4) = 12 months from June
        assertThat(forecast.monthlyRate()).isEqualTo(1.33);
        assertThat(forecast.remaining()).isEqualTo(16);
        assertThat(forecast.targetMonth()).isEqualTo("2027-06");
        assertThat(forecast.onTrack()).isTrue();
        // 08: 0 certified < 4 × 2/7 = 1.14; 09: 1 < 1.14; 13: 3 ≥ 4 × 3/7 = 1.71
        assertThat(forecast.regionsBehind()).containsExactly("08", "09");

        Forecast slow = queries(2000).handle(new FindCertificationProgressQuery(null)).forecast();
        // ceil(1996 × 3 / 4) = 1497 months: far past the window
        assertThat(slow.targetMonth()).isEqualTo("2151-03");
        assertThat(slow.onTrack()).isFalse();

        Forecast reached = queries(2).handle(new FindCertificationProgressQuery(null)).forecast();
        // the second counted official, B, was certified in April
        assertThat(reached.remaining()).isZero();
        assertThat(reached.targetMonth()).isEqualTo("2026-04");
        assertThat(reached.onTrack()).isTrue();
    }

    @Test
    void byRegionGroupAndRuralityMatchTheHandCount() {
        scenario();
        CertificationProgressView view = queries(20).handle(new FindCertificationProgressQuery(null));

        assertThat(view.byRegion()).containsExactly(
                // 2 of 7 communes: 28.6 %, 20 × 2/7 = 5.7 → 6; enrolled D, G
                new RegionRow("08", "Biobío", 2, 28.6, 6, 2, 0, 1.1, true),
                // enrolled E, F and H (transferred in)
                new RegionRow("09", "La Araucanía", 2, 28.6, 6, 3, 1, 1.1, true),
                // 3 of 7: 42.9 %, 8.6 → 9; enrolled A, B, C, I
                new RegionRow("13", "Metropolitana de Santiago", 3, 42.9, 9, 4, 3, 1.7, false));
        assertThat(view.byGroup()).containsExactly(
                new GroupRow(1, 1, 1, 1),      // 13101: A
                new GroupRow(2, 2, 3, 1),      // 13119, 08101: B, I, D; B certified
                new GroupRow(3, 1, 2, 0),      // 09101: F, H
                new GroupRow(4, 0, 0, 0),
                new GroupRow(5, 2, 2, 2),      // 13502, 09102: C, E
                new GroupRow(null, 1, 1, 0));  // 08102: G
        assertThat(view.byRurality()).containsExactly(
                new RuralityRow(PREDOMINANTLY_RURAL, 2, 2, 2),
                new RuralityRow(MIXED, 1, 2, 0),
                new RuralityRow(PREDOMINANTLY_URBAN, 3, 4, 2),
                new RuralityRow(null, 1, 1, 0));
    }

    @Test
    void byMunicipalityRuralFirst() {
        scenario();
        CertificationProgressQueries queries = queries(20);

        assertThat(queries.handle(new FindCertificationProgressByMunicipalityQuery(null, null, false))
                .municipalities()).containsExactly(
                row("09102", "Carahue", "09", "La Araucanía", 5, PREDOMINANTLY_RURAL, 1, 1),
                row("13502", "Alhué", "13", "Metropolitana de Santiago", 5, PREDOMINANTLY_RURAL, 1, 1),
                row("08101", "Concepción", "08", "Biobío", 2, PREDOMINANTLY_URBAN, 1, 0),
                row("08102", "Coronel", "08", "Biobío", null, null, 1, 0),
                row("09101", "Temuco", "09", "La Araucanía", 3, MIXED, 2, 0),
                row("13101", "Santiago", "13", "Metropolitana de Santiago", 1, PREDOMINANTLY_URBAN, 1, 1),
                row("13119", "Maipú", "13", "Metropolitana de Santiago", 2, PREDOMINANTLY_URBAN, 2, 1));
        assertThat(queries.handle(new FindCertificationProgressByMunicipalityQuery(null, "13", false))
                .municipalities()).extracting(MunicipalityProgressView.Row::cut)
                .containsExactly("13502", "13101", "13119");
        assertThat(queries.handle(new FindCertificationProgressByMunicipalityQuery(AGENTES, null, true))
                .municipalities()).extracting(MunicipalityProgressView.Row::cut)
                .containsExactly("09102", "13502");
    }

    @Test
    void oneProgrammeCountsOnlyItsOwn() {
        scenario();
        CertificationProgressView otro = queries(20).handle(new FindCertificationProgressQuery(OTRO));

        assertThat(otro.programmeId()).isEqualTo(OTRO);
        assertThat(otro.certified()).isEqualTo(1);
        assertThat(otro.funnel()).isEqualTo(new Funnel(1, 1, 1, 1));
        assertThat(otro.medianDaysToCertify()).isEqualTo(31.0);
        // certified this month only: no full month with certifications, no forecast
        assertThat(otro.forecast().monthlyRate()).isZero();
        assertThat(otro.forecast().targetMonth()).isNull();
        assertThat(otro.forecast().onTrack()).isFalse();

        CertificationProgressView agentes = queries(20).handle(new FindCertificationProgressQuery(AGENTES));
        assertThat(agentes.certified()).isEqualTo(4);
        assertThat(agentes.funnel()).isEqualTo(new Funnel(9, 7, 7, 6));
    }

    @Test
    void anEventSeenTwiceChangesNothing() {
        enrol("F", AGENTES, "09101", "2026-03-01", rut("F"));
        ModuleCompletedEvent dt = new ModuleCompletedEvent("F", "dt", 8, "https://aula.example.cl/dt", "Luis Soto",
                at("2026-03-10"));
        long sequence = next("F");
        projection.on(dt, sequence);
        projection.on(dt, sequence);
        // only one of two modules: not through the funnel's second stage
        assertThat(queries(20).handle(new FindCertificationProgressQuery(null)).funnel())
                .isEqualTo(new Funnel(1, 0, 0, 0));
        module("F", "da", "2026-03-20");
        assertThat(queries(20).handle(new FindCertificationProgressQuery(null)).funnel())
                .isEqualTo(new Funnel(1, 1, 0, 0));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private CertificationProgressQueries queries(int target) {
        return new CertificationProgressQueries(db,
                new CertificationProgressSettings(target, LocalDate.parse("2026-01-01"), 4), TODAY);
    }

    private static MunicipalityProgressView.Row row(String cut, String name, String region, String regionName,
                                                    Integer group, Rurality rurality, long enrolled, long certified) {
        return new MunicipalityProgressView.Row(cut, name, region, regionName, group, rurality,
                rurality == PREDOMINANTLY_RURAL, enrolled, certified);
    }

    private void region(String code, String name) {
        projection.on(new RegionRegisteredEvent(code, name, "CL-" + code));
    }

    private void commune(String cut, String name, CommuneGroup group, Rurality rurality) {
        projection.on(new CommuneRegisteredEvent(CommuneCode.of(cut), name, cut.substring(0, 3), cut.substring(0, 2)));
        if (group != null) {
            projection.on(new CommuneClassifiedEvent(CommuneCode.of(cut), group, rurality, at("2025-06-01")));
        }
    }

    /** A RUT per official letter: 10,000,000 plus the letter's code, with its check digit. */
    private static Rut rut(String official) {
        String digits = Integer.toString(10_000_000 + official.charAt(0));
        return Rut.of(digits + "-" + Rut.checkDigit(digits));
    }

    private long next(String id) {
        return sequences.merge(id, 1L, Long::sum);
    }

    private void enrol(String id, String programme, String commune, String enrolledOn, Rut rut) {
        sequences.put(id, 0L);
        projection.on(new OfficialEnrolledEvent(id, programme, programme, 1, REQ, rut, "Funcionario " + id,
                CommuneCode.of(commune), "2026-1", LocalDate.parse(enrolledOn), at(enrolledOn)), 0);
    }

    private void module(String id, String module, String on) {
        projection.on(new ModuleCompletedEvent(id, module, 8, "https://aula.example.cl/" + module, "Luis Soto",
                at(on)), next(id));
    }

    private void certified(String id, String programme, String commune, String enrolledOn, String certifiedOn) {
        certified(id, programme, commune, enrolledOn, certifiedOn, rut(id));
    }

    private void certified(String id, String programme, String commune, String enrolledOn, String certifiedOn,
                           Rut rut) {
        enrol(id, programme, commune, enrolledOn, rut);
        module(id, "dt", enrolledOn);
        module(id, "da", enrolledOn);
        projection.on(new AssessmentSatEvent(id, 1, 80, 60, true, at(enrolledOn)), next(id));
        projection.on(new OfficialCertifiedEvent(id, new IssuedCertificate("urn:uuid:" + id, "1", 1, rut,
                "Funcionario " + id, CommuneCode.of(commune), programme, programme, 1, at(certifiedOn),
                at(certifiedOn).plusSeconds(365L * 86400)), at(enrolledOn)), next(id));
    }

    /** Noon in Chile on that day (15:00 or 16:00 UTC: the same day either way). */
    private static Instant at(String day) {
        return Instant.parse(day + "T15:30:00Z");
    }
}
