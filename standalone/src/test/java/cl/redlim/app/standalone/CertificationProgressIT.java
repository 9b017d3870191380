package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Response;
import cl.redlim.kernel.Rut;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 officials across 5 communes of 3 regions enrol over HTTP; 30 complete both modules, 25 pass the assessment
 * (one more fails), 20 are certified, one of those is revoked; one in progress moves to another municipality and one
 * withdraws. Then the public progress, number by number, against this hand count:
 * <pre>
 * official i works at COMMUNES[i % 5]: 13119 Maipú (group 2, urban), 13122 Peñalolén, 05101 Valparaíso (not
 * classified), 09101 Temuco (group 3, mixed), 09102 Carahue (group 5, rural).
 * certified: i = 0..19, four per commune; i = 0 (Maipú) revoked → 19 counted: Maipú 3, the others 4 each;
 *            region 13: 7, region 05: 4, region 09: 8.
 * enrolled:  10 per commune; i = 45 (Maipú, in progress) moves to Valparaíso → Maipú 9, Valparaíso 11;
 *            region 13: 19, 05: 11, 09: 20.
 * funnel:    enrolled 50, all modules 30 (i &lt; 30), passed 25 (i &lt; 25), ever certified 20.
 * shares:    by communes of 346: 13 has 52 (15.0 %, 751 of 5,000, expected 19 × 52/346 = 2.9), 05 has 38 (11.0 %,
 *            549, 2.1), 09 has 32 (9.2 %, 462, 1.8): none behind; the 13 other regions, with 0, are all behind.
 * </pre>
 * Everything is certified today, so the window starts two months back: the cumulative series is 0, 0, 19; no full
 * month of the last three has a certification, so the rate is 0 and there is no forecast month.
 */
class CertificationProgressIT {

    private static final List<String> COMMUNES = List.of("13119", "13122", "05101", "09101", "09102");
    private static final String PROGRESS = "/api/v1/public/certification-progress";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Santiago"));
    private static final LocalDate WINDOW_START = TODAY.withDayOfMonth(1).minusMonths(2);

    @TempDir
    Path data;

    @Test
    void progressFiguresMatchTheHandCount() {
        try (RunningSystem system = RunningSystem.start(data, "--redlim.certification.window-start=" + WINDOW_START)) {
            system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
            var admin = system.admin();
            var city = system.as(system.issue("{\"client\": \"Municipios\", \"role\": \"integrator\", "
                    + "\"regions\": [\"13\", \"05\", \"09\"]}"));
            ok(admin.put("/api/v1/territory/communes/13119/classification",
                    "{\"group\": 2, \"rurality\": \"PREDOMINANTLY_URBAN\"}"), 204);
            ok(admin.put("/api/v1/territory/communes/09101/classification",
                    "{\"group\": 3, \"rurality\": \"MIXED\"}"), 204);
            ok(admin.put("/api/v1/territory/communes/09102/classification",
                    "{\"group\": 5, \"rurality\": \"PREDOMINANTLY_RURAL\"}"), 204);
            ok(admin.post("/api/v1/certification-programmes", """
                    {"programmeId": "agentes-innovacion", "title": "Agentes de innovación pública",
                     "requirements": {"modules": [{"moduleId": "design-thinking", "name": "Design thinking", "hours": 20},
                                                  {"moduleId": "datos-abiertos", "name": "Datos abiertos", "hours": 12}],
                                      "passMark": 70, "maxAttempts": 2, "validityMonths": 24,
                                      "renewalHours": 12, "renewalWindowDays": 90}}"""), 201);

            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String rut = rut(i);
                ok(city.post("/api/v1/officials", """
                        {"rut": "%s", "name": "Funcionaria %d", "municipality": "%s", "position": "Profesional"}"""
                        .formatted(rut, i, COMMUNES.get(i % 5))), 201);
                Response enrolled = city.post("/api/v1/certifications", """
                        {"programmeId": "agentes-innovacion", "rut": "%s", "cohort": "2026-1", "startDate": "%s"}"""
                        .formatted(rut, TODAY));
                ok(enrolled, 201);
                ids.add(enrolled.json().get("id").asText());
            }
            for (int i = 0; i < 30; i++) {
                for (String module : List.of("design-thinking", "datos-abiertos")) {
                    ok(city.post("/api/v1/certifications/" + ids.get(i) + "/modules", """
                            {"moduleId": "%s", "evidence": "https://aula.example.cl/actas/%d", "instructor": "Luis Soto"}"""
                            .formatted(module, i)), 204);
                }
            }
            for (int i = 0; i < 25; i++) {
                ok(admin.post("/api/v1/certifications/" + ids.get(i) + "/assessments", "{\"score\": 82}"), 204);
            }
            ok(admin.post("/api/v1/certifications/" + ids.get(25) + "/assessments", "{\"score\": 50}"), 204);
            for (int i = 0; i < 20; i++) {
                ok(admin.post("/api/v1/certifications/" + ids.get(i) + "/certificate", ""), 201);
            }
            ok(admin.post("/api/v1/certifications/" + ids.get(0) + "/revocation",
                    "{\"reason\": \"Antecedentes falsos\"}"), 204);
            ok(city.post("/api/v1/officials/" + rut(45) + "/transfer",
                    "{\"toMunicipality\": \"05101\", \"effectiveOn\": \"" + TODAY + "\"}"), 204);
            ok(city.post("/api/v1/certifications/" + ids.get(49) + "/withdrawal",
                    "{\"reason\": \"Cambio de funciones\"}"), 204);

            JsonNode p = system.await(PROGRESS, j -> j.get("revoked").asInt() == 1
                    && j.at("/funnel/enrolled").asInt() == 50
                    && j.get("byRegion").toString().contains("\"enrolled\":11"));
            assertThat(p.get("target").asInt()).isEqualTo(5000);
            assertThat(p.get("windowStart").asText()).isEqualTo(WINDOW_START.toString());
            assertThat(p.get("windowEnd").asText()).isEqualTo(WINDOW_START.plusYears(4).minusDays(1).toString());
            assertThat(p.get("certified").asInt()).isEqualTo(19);
            assertThat(p.get("revoked").asInt()).isEqualTo(1);
            assertThat(p.get("percentOfTarget").asDouble()).isEqualTo(0.4);
            assertThat(p.get("cumulative").toString()).isEqualTo("[{\"month\":\"%s\",\"certified\":0,\"cumulative\":0},"
                    .formatted(YearMonth.from(WINDOW_START))
                    + "{\"month\":\"%s\",\"certified\":0,\"cumulative\":0},".formatted(YearMonth.from(WINDOW_START)
                    .plusMonths(1))
                    + "{\"month\":\"%s\",\"certified\":19,\"cumulative\":19}]".formatted(YearMonth.from(TODAY)));
            assertThat(p.get("funnel").toString()).isEqualTo(
                    "{\"enrolled\":50,\"allModulesCompleted\":30,\"assessmentPassed\":25,\"certified\":20}");
            assertThat(p.get("medianDaysToCertify").asDouble()).isEqualTo(0.0);
            assertThat(p.at("/forecast/monthlyRate").asDouble()).isEqualTo(0.0);
            assertThat(p.at("/forecast/remaining").asInt()).isEqualTo(4981);
            assertThat(p.at("/forecast/targetMonth").isNull()).isTrue();
            assertThat(p.at("/forecast/onTrack").asBoolean()).isFalse();
            assertThat(texts(p.at("/forecast/regionsBehind"))).containsExactly(
                    "01", "02", "03", "04", "06", "07", "08", "10", "11", "12", "14", "15", "16");

            assertThat(p.get("byRegion")).hasSize(16);
            assertRegion(p, "05", 38, 11.0, 549, 11, 4, 2.1);
            assertRegion(p, "09", 32, 9.2, 462, 20, 8, 1.8);
            assertRegion(p, "13", 52, 15.0, 751, 19, 7, 2.9);
            assertThat(p.get("byGroup").toString()).isEqualTo("[{\"group\":1,\"communes\":0,\"enrolled\":0,"
                    + "\"certified\":0},{\"group\":2,\"communes\":1,\"enrolled\":9,\"certified\":3},"
                    + "{\"group\":3,\"communes\":1,\"enrolled\":10,\"certified\":4},"
                    + "{\"group\":4,\"communes\":0,\"enrolled\":0,\"certified\":0},"
                    + "{\"group\":5,\"communes\":1,\"enrolled\":10,\"certified\":4},"
                    + "{\"group\":null,\"communes\":343,\"enrolled\":21,\"certified\":8}]");
            assertThat(p.get("byRurality").toString()).isEqualTo("[{\"rurality\":\"PREDOMINANTLY_RURAL\","
                    + "\"communes\":1,\"enrolled\":10,\"certified\":4},{\"rurality\":\"MIXED\",\"communes\":1,"
                    + "\"enrolled\":10,\"certified\":4},{\"rurality\":\"PREDOMINANTLY_URBAN\",\"communes\":1,"
                    + "\"enrolled\":9,\"certified\":3},{\"rurality\":null,\"communes\":343,\"enrolled\":21,"
                    + "\"certified\":8}]");

            JsonNode m = system.get(PROGRESS + "/municipalities").json().get("municipalities");
            assertThat(m).hasSize(5);
            assertMunicipality(m.get(0), "09102", "Carahue", true, 10, 4);
            assertMunicipality(m.get(1), "05101", "Valparaíso", false, 11, 4);
            assertMunicipality(m.get(2), "09101", "Temuco", false, 10, 4);
            assertMunicipality(m.get(3), "13119", "Maipú", false, 9, 3);
            assertMunicipality(m.get(4), "13122", "Peñalolén", false, 10, 4);
            JsonNode rural = system.get(PROGRESS + "/municipalities?rural=true&region=09").json()
                    .get("municipalities");
            assertThat(rural).hasSize(1);
            assertThat(rural.get(0).get("cut").asText()).isEqualTo("09102");
            assertThat(system.get(PROGRESS + "?programme=otro-programa").json().get("certified").asInt()).isZero();

            for (String bad : List.of("?programme=X!", "/municipalities?region=1", "/municipalities?rural=quizas")) {
                Response r = system.get(PROGRESS + bad);
                assertThat(r.status()).as(bad).isEqualTo(400);
                assertThat(r.contentType()).as(bad).contains("application/problem+json");
            }
        }
    }

    private static void assertRegion(JsonNode p, String code, int communes, double share, int targetShare,
                                     int enrolled, int certified, double expected) {
        JsonNode row = null;
        for (JsonNode r : p.get("byRegion")) {
            if (r.get("code").asText().equals(code)) {
                row = r;
            }
        }
        assertThat(row).as("region " + code).isNotNull();
        assertThat(row.get("name").asText()).isNotBlank();
        assertThat(row.get("communes").asInt()).as(code).isEqualTo(communes);
        assertThat(row.get("sharePercent").asDouble()).as(code).isEqualTo(share);
        assertThat(row.get("targetShare").asInt()).as(code).isEqualTo(targetShare);
        assertThat(row.get("enrolled").asInt()).as(code).isEqualTo(enrolled);
        assertThat(row.get("certified").asInt()).as(code).isEqualTo(certified);
        assertThat(row.get("expected").asDouble()).as(code).isEqualTo(expected);
        assertThat(row.get("behind").asBoolean()).as(code).isFalse();
    }

    private static void assertMunicipality(JsonNode row, String cut, String name, boolean rural, int enrolled,
                                           int certified) {
        assertThat(row.get("cut").asText()).isEqualTo(cut);
        assertThat(row.get("name").asText()).isEqualTo(name);
        assertThat(row.get("rural").asBoolean()).as(cut).isEqualTo(rural);
        assertThat(row.get("enrolled").asInt()).as(cut).isEqualTo(enrolled);
        assertThat(row.get("certified").asInt()).as(cut).isEqualTo(certified);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String rut(int i) {
        String body = Integer.toString(15_000_000 + i * 101);
        return Rut.of(body + "-" + Rut.checkDigit(body)).value();
    }

    private static void ok(Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
    }
}
