package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole fund flow over HTTP against the real standalone system: every step, the refusals on the way, the public
 * read models after each step, a race for the last money, and a restart that must lose nothing.
 */
class FundFlowIT {

    private static final String MAIPU = "13119";
    private static final String PENALOLEN = "13122";
    private static final String VALPARAISO = "05101";

    @TempDir
    Path data;

    private RunningSystem system;
    private String officeKey;
    private String cityKey;
    private final java.util.Map<String, String> evaluatorKeys = new java.util.HashMap<>();

    /** Each request goes with the credential whose role it needs, as each real caller would. */
    private String keyFor(String path, String body) {
        if (path.startsWith("/api/v1/territory")) {
            return system.adminKey();
        }
        if (path.startsWith("/api/v1/fund-calls")) {
            return officeKey;
        }
        if (path.startsWith("/api/v1/fund-evaluators/")) {
            return evaluator(path.split("/")[4].replace("%20", "-").toLowerCase());
        }
        if (path.endsWith("/evaluations")) {
            return evaluator(body.replaceAll("(?s).*\"evaluatorId\": \"([^\"]+)\".*", "$1"));
        }
        if (path.equals("/api/v1/fund-applications") || path.endsWith("/submission") || path.endsWith("/reports")) {
            return cityKey;
        }
        return officeKey;
    }

    private String evaluator(String id) {
        return evaluatorKeys.computeIfAbsent(id, e -> system.issue(
                "{\"client\": \"Evaluator " + e + "\", \"role\": \"evaluator\", \"subject\": \"" + e + "\"}"));
    }

    private Response post(String path, String body) {
        return system.as(keyFor(path, body)).post(path, body);
    }

    private Response put(String path, String body) {
        return system.as(keyFor(path, body)).put(path, body);
    }

    private void issueKeys() {
        officeKey = system.issue("{\"client\": \"Oficina del FIM\", \"role\": \"fund-officer\"}");
        cityKey = system.issue("{\"client\": \"Municipios RM y Valparaíso\", \"role\": \"integrator\", "
                + "\"regions\": [\"13\"], \"communes\": [\"" + VALPARAISO + "\"]}");
        List.of("ana.rojas", "luis.soto", "sofia.vera", "nadie", "ana-rojas").forEach(this::evaluator);
    }

    @Test
    void theFundFlowWorksEndToEndRefusesBadInputAndSurvivesARestart() throws Exception {
        system = RunningSystem.start(data);
        try {
            system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
            assertThat(system.storedEvents()).isEqualTo(1 + 16 + 56 + 346);
            issueKeys();
            everyEndpointIsInTheOpenApiDocument();
            classifyCommunes();
            String call = publishCall();
            String a = draft(call, MAIPU, 50_000_000);
            String b = draft(call, PENALOLEN, 40_000_000);
            String c = draft(call, MAIPU, 45_000_000);
            String e = draft(call, VALPARAISO, 40_000_000);
            refusesBadDrafts(call);
            refusesTransitionsOutOfOrder(a);
            for (String app : List.of(a, b, c, e)) {
                ok(post("/api/v1/fund-applications/" + app + "/submission", ""));
                ok(post("/api/v1/fund-applications/" + app + "/admissibility", "{\"admissible\": true}"));
            }
            system.await("/api/v1/public/fund-applications/" + e, j -> j.get("status").asText().equals("ADMISSIBLE"));
            evaluate(a, b, c, e);
            award(call, a, b, c, e);
            executeAgreement(a);
            checkPublicReadModels(call, a);

            long events = system.storedEvents();
            JsonNode callView = system.get("/api/v1/public/fund-calls/" + call).json();
            JsonNode appView = system.get("/api/v1/public/fund-applications/" + a).json();
            system.close();

            system = RunningSystem.start(data);
            assertThat(system.storedEvents()).isEqualTo(events);
            assertThat(system.get("/api/v1/public/fund-calls/" + call).json()).isEqualTo(callView);
            assertThat(system.get("/api/v1/public/fund-applications/" + a).json()).isEqualTo(appView);
            ok(put("/api/v1/territory/communes/13101/classification",
                    "{\"group\": 1, \"rurality\": \"PREDOMINANTLY_URBAN\"}"));
            system.await("/api/v1/public/territory/communes/13101", j -> j.get("group").asInt() == 1);
            assertThat(system.storedEvents()).isEqualTo(events + 1);
        } finally {
            system.close();
        }
    }

    private void everyEndpointIsInTheOpenApiDocument() {
        JsonNode paths = system.get("/v3/api-docs").json().get("paths");
        var mappings = system.context().getBean("requestMappingHandlerMapping",
                org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping.class);
        List<String> apiPaths = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .filter(p -> p.startsWith("/api/")).distinct().toList();
        assertThat(apiPaths).hasSizeGreaterThan(15);
        for (String path : apiPaths) {
            // OpenAPI has no regular expressions in path variables: {treeSize:\\d+} is documented as {treeSize}
            String documented = path.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
            assertThat(paths.has(documented)).as(documented + " in /v3/api-docs").isTrue();
        }
        assertThat(system.get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(system.get("/actuator/health").json().at("/components/readModels/status").asText()).isEqualTo("UP");
        assertThat(system.get("/actuator/health").json().at("/components/db/status").asText()).isEqualTo("UP");
    }

    private void classifyCommunes() {
        refused(() -> put("/api/v1/territory/communes/13199/classification",
                "{\"group\": 2, \"rurality\": \"MIXED\"}"), 404, "NOT_FOUND");
        refused(() -> put("/api/v1/territory/communes/" + MAIPU + "/classification",
                "{\"group\": 7, \"rurality\": \"MIXED\"}"), 400, "VALIDATION_FAILED");
        refused(() -> put("/api/v1/territory/communes/" + MAIPU + "/classification",
                "{\"group\": 2, \"rurality\": \"SUBURBAN\"}"), 400, "MALFORMED_REQUEST");
        ok(put("/api/v1/territory/communes/" + MAIPU + "/classification",
                "{\"group\": 2, \"rurality\": \"PREDOMINANTLY_URBAN\"}"));
        ok(put("/api/v1/territory/communes/" + PENALOLEN + "/classification",
                "{\"group\": 1, \"rurality\": \"PREDOMINANTLY_URBAN\"}"));
        ok(put("/api/v1/territory/communes/" + VALPARAISO + "/classification",
                "{\"group\": 3, \"rurality\": \"MIXED\"}"));
        system.await("/api/v1/public/territory/communes/" + VALPARAISO, j -> j.get("group").asInt() == 3);
        assertThat(system.get("/api/v1/public/territory/communes?group=2").json().get("total").asInt()).isEqualTo(1);
    }

    private String publishCall() {
        Instant opens = Instant.now().minus(Duration.ofMinutes(1));
        Instant closes = Instant.now().plus(Duration.ofDays(30));
        String terms = """
                {"title": "FIM test call", "totalBudget": 100000000,
                 "groupCaps": [{"group":1,"cap":60000000},{"group":2,"cap":60000000},{"group":3,"cap":100000000},
                               {"group":4,"cap":100000000},{"group":5,"cap":100000000}],
                 "opensAt": "%s", "closesAt": "%s",
                 "criteria": [{"id":"impact","name":"Public value","weight":60},
                              {"id":"feasibility","name":"Feasibility","weight":%d}],
                 "minimumScore": 60}""";
        refused(() -> post("/api/v1/fund-calls", "{\"title\": \"broken\""), 400, "MALFORMED_REQUEST");
        refused(() -> post("/api/v1/fund-calls", "{}"), 400, "VALIDATION_FAILED");
        refused(() -> post("/api/v1/fund-calls", terms.formatted(opens, closes, 30)), 422, "INVALID_FUND_CALL_TERMS");
        refused(() -> post("/api/v1/fund-calls", terms.formatted(closes, opens, 40)), 422, "INVALID_FUND_CALL_TERMS");
        refused(() -> post("/api/v1/fund-calls", terms.formatted(opens, closes, 40)
                .replace("100000000,", "-100000000,")), 400, "VALIDATION_FAILED");
        refused(() -> post("/api/v1/fund-calls", terms.formatted(opens, closes, 40)
                .replace("\"totalBudget\": 100000000", "\"totalBudget\": 100000000000000000000")), 400, "MALFORMED_REQUEST");
        refused(() -> post("/api/v1/fund-calls", terms.formatted(opens, closes, 40)
                .replace("\"minimumScore\": 60", "\"minimumScore\": 60, \"bonus\": 1")), 400, "MALFORMED_REQUEST");
        Response created = post("/api/v1/fund-calls", terms.formatted(opens, closes, 40));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.location()).isEqualTo("/api/v1/public/fund-calls/" + id);
        JsonNode view = system.await(created.location(), j -> true);
        assertThat(view.get("status").asText()).isEqualTo("OPEN");
        assertThat(view.get("remaining").asLong()).isEqualTo(100_000_000L);
        refused(() -> post("/api/v1/fund-calls/" + id + "/amendments", terms.formatted(opens, closes, 40)),
                409, "INVALID_STATE_TRANSITION");
        return id;
    }

    private String draft(String call, String commune, long amount) {
        Response r = post("/api/v1/fund-applications", """
                {"callId": "%s", "commune": "%s", "title": "Proyecto %s", "description": "Descripción",
                 "requestedAmount": %d, "beneficiaries": 1000}""".formatted(call, commune, commune, amount));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().get("id").asText();
        system.await(r.location(), j -> j.get("status").asText().equals("DRAFT"));
        return id;
    }

    private void refusesBadDrafts(String call) {
        String body = """
                {"callId": "%s", "commune": "%s", "title": "T", "description": "D", "requestedAmount": %s,
                 "beneficiaries": 10}""";
        refused(() -> post("/api/v1/fund-applications", body.formatted(call, "13199", "1000")), 422, "UNKNOWN_COMMUNE");
        refused(() -> post("/api/v1/fund-applications", body.formatted(call, "99999", "1000")), 400, "VALIDATION_FAILED");
        refused(() -> post("/api/v1/fund-applications", body.formatted(call, "1311", "1000")), 400, "VALIDATION_FAILED");
        refused(() -> post("/api/v1/fund-applications", body.formatted(java.util.UUID.randomUUID(), MAIPU, "1000")),
                422, "UNKNOWN_FUND_CALL");
        refused(() -> post("/api/v1/fund-applications", body.formatted(call, MAIPU, "-5")), 400, "VALIDATION_FAILED");
        refused(() -> post("/api/v1/fund-applications", body.formatted(call, MAIPU, "1.5")), 400, "MALFORMED_REQUEST");
        refused(() -> post("/api/v1/fund-applications", body.formatted(call, MAIPU, "\"mucho\"")), 400, "MALFORMED_REQUEST");
        refused(() -> post("/api/v1/fund-applications", body.formatted(call, MAIPU, "100000001")), 422,
                "REQUESTED_AMOUNT_EXCEEDS_BUDGET");
        refused(() -> post("/api/v1/fund-applications", body.formatted(call, MAIPU, "1000")
                .replace("\"title\": \"T\",", "")), 400, "VALIDATION_FAILED");
        refused(() -> post("/api/v1/fund-applications/not-a-uuid/submission", ""), 400, "MALFORMED_REQUEST");
        refused(() -> post("/api/v1/fund-applications/" + java.util.UUID.randomUUID() + "/submission", ""),
                404, "NOT_FOUND");
        refused(() -> system.get("/api/v1/public/fund-applications/" + java.util.UUID.randomUUID()), 404, "NOT_FOUND");
    }

    private void refusesTransitionsOutOfOrder(String a) {
        refused(() -> post("/api/v1/fund-applications/" + a + "/award", "{\"amount\": 1000}"),
                409, "INVALID_STATE_TRANSITION");
        refused(() -> post("/api/v1/fund-applications/" + a + "/admissibility", "{\"admissible\": true}"),
                409, "INVALID_STATE_TRANSITION");
        refused(() -> post("/api/v1/fund-applications/" + a + "/disbursements", "{\"tranche\": 1, \"amount\": 10}"),
                409, "INVALID_STATE_TRANSITION");
    }

    private void evaluate(String... apps) {
        ok(put("/api/v1/fund-evaluators/ana.rojas/interests",
                "{\"name\": \"Ana Rojas\", \"tiedCommunes\": [\"" + MAIPU + "\"]}"));
        ok(put("/api/v1/fund-evaluators/luis.soto/interests", "{\"name\": \"Luis Soto\", \"tiedCommunes\": []}"));
        ok(put("/api/v1/fund-evaluators/sofia.vera/interests", "{\"name\": \"Sofía Vera\", \"tiedCommunes\": []}"));
        refused(() -> put("/api/v1/fund-evaluators/Ana%20Rojas/interests", "{\"name\": \"x\", \"tiedCommunes\": []}"),
                400, "VALIDATION_FAILED");
        String scores = "{\"evaluatorId\": \"%s\", \"scores\": [{\"criterionId\": \"impact\", \"score\": %d},"
                + " {\"criterionId\": \"feasibility\", \"score\": %d}]}";
        refused(() -> post("/api/v1/fund-applications/" + apps[0] + "/evaluations", scores.formatted("ana.rojas", 90, 90)),
                422, "EVALUATOR_CONFLICT_OF_INTEREST");
        refused(() -> post("/api/v1/fund-applications/" + apps[0] + "/evaluations", scores.formatted("nadie", 90, 90)),
                422, "EVALUATOR_NOT_DECLARED");
        refused(() -> post("/api/v1/fund-applications/" + apps[0] + "/evaluations", scores.formatted("luis.soto", 90, 101)),
                400, "VALIDATION_FAILED");
        refused(() -> post("/api/v1/fund-applications/" + apps[0] + "/evaluations",
                scores.formatted("luis.soto", 90, 90).replace("feasibility", "beauty")), 422, "INVALID_SCORES");
        for (String app : apps) {
            ok(post("/api/v1/fund-applications/" + app + "/evaluations", scores.formatted("luis.soto", 80, 70)));
        }
        refused(() -> post("/api/v1/fund-applications/" + apps[0] + "/award", "{\"amount\": 1000}"),
                422, "NOT_ENOUGH_EVALUATIONS");
        refused(() -> post("/api/v1/fund-applications/" + apps[0] + "/evaluations", scores.formatted("luis.soto", 80, 70)),
                409, "EVALUATOR_ALREADY_SCORED");
        for (String app : apps) {
            ok(post("/api/v1/fund-applications/" + app + "/evaluations", scores.formatted("sofia.vera", 90, 60)));
        }
        JsonNode view = system.await("/api/v1/public/fund-applications/" + apps[0],
                j -> j.get("status").asText().equals("EVALUATED"));
        assertThat(view.get("finalScore").decimalValue()).isEqualByComparingTo("77.00");
    }

    private void award(String call, String a, String b, String c, String e) throws Exception {
        refused(() -> post("/api/v1/fund-applications/" + a + "/award", "{\"amount\": 50000000}"),
                422, "FUND_CALL_STILL_OPEN");
        ok(post("/api/v1/fund-calls/" + call + "/closure", ""));
        system.await("/api/v1/public/fund-calls/" + call, j -> j.get("status").asText().equals("CLOSED"));
        refused(() -> post("/api/v1/fund-applications", """
                {"callId": "%s", "commune": "%s", "title": "Tarde", "description": "D",
                 "requestedAmount": 1000, "beneficiaries": 1}""".formatted(call, MAIPU)), 422, "FUND_CALL_NOT_OPEN");
        refused(() -> post("/api/v1/fund-applications/" + a + "/award", "{\"amount\": 50000001}"),
                422, "AWARD_EXCEEDS_REQUEST");
        refused(() -> post("/api/v1/fund-applications/" + a + "/award", "{\"amount\": 0}"), 400, "VALIDATION_FAILED");
        ok(post("/api/v1/fund-applications/" + a + "/award", "{\"amount\": 50000000}"));
        refused(() -> post("/api/v1/fund-applications/" + a + "/award", "{\"amount\": 50000000}"),
                409, "INVALID_STATE_TRANSITION");
        refused(() -> post("/api/v1/fund-applications/" + c + "/award", "{\"amount\": 45000000}"),
                422, "GROUP_CAP_EXCEEDED");
        // 50,000,000 left in the call: two awards of 40,000,000 race for it and exactly one may win
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Response> awardB = () -> {
                start.await();
                return post("/api/v1/fund-applications/" + b + "/award", "{\"amount\": 40000000}");
            };
            Callable<Response> awardE = () -> {
                start.await();
                return post("/api/v1/fund-applications/" + e + "/award", "{\"amount\": 40000000}");
            };
            Future<Response> fb = pool.submit(awardB);
            Future<Response> fe = pool.submit(awardE);
            start.countDown();
            List<Integer> statuses = List.of(fb.get().status(), fe.get().status());
            assertThat(statuses).containsExactlyInAnyOrder(204, 422);
            Response loser = fb.get().status() == 422 ? fb.get() : fe.get();
            assertThat(loser.code()).isEqualTo("INSUFFICIENT_CALL_BUDGET");
        } finally {
            pool.shutdownNow();
        }
        JsonNode callView = system.await("/api/v1/public/fund-calls/" + call, j -> j.get("awarded").asLong() == 90_000_000L);
        assertThat(callView.get("remaining").asLong()).isEqualTo(10_000_000L);
        assertThat(callView.get("awardedApplications").asInt()).isEqualTo(2);
        ok(post("/api/v1/fund-applications/" + c + "/rejection", "{\"reason\": \"Sin presupuesto del grupo\"}"));
        system.await("/api/v1/public/fund-applications/" + c, j -> j.get("status").asText().equals("REJECTED"));
    }

    private void executeAgreement(String a) {
        String base = "/api/v1/fund-applications/" + a;
        refused(() -> post(base + "/disbursements", "{\"tranche\": 1, \"amount\": 30000000}"),
                409, "INVALID_STATE_TRANSITION");
        ok(post(base + "/agreement", "{\"reference\": \"CONV-TEST-1\"}"));
        refused(() -> post(base + "/disbursements", "{\"tranche\": 2, \"amount\": 30000000}"), 409, "TRANCHE_OUT_OF_ORDER");
        ok(post(base + "/disbursements", "{\"tranche\": 1, \"amount\": 30000000}"));
        refused(() -> post(base + "/disbursements", "{\"tranche\": 1, \"amount\": 30000000}"), 409, "TRANCHE_OUT_OF_ORDER");
        refused(() -> post(base + "/disbursements", "{\"tranche\": 2, \"amount\": 20000000}"),
                422, "PREVIOUS_REPORT_NOT_ACCEPTED");
        refused(() -> post(base + "/reports/1/review", "{\"accepted\": true}"), 409, "REPORT_NOT_EXPECTED");
        ok(post(base + "/reports", "{\"tranche\": 1, \"summary\": \"Avance\", \"amountAccounted\": 30000000}"));
        ok(post(base + "/reports/1/review", "{\"accepted\": false, \"observations\": \"Faltan facturas\"}"));
        system.await("/api/v1/public/fund-applications/" + a,
                j -> j.get("tranches").get(0).get("reportStatus").asText().equals("OBSERVED"));
        ok(post(base + "/reports", "{\"tranche\": 1, \"summary\": \"Avance con facturas\", \"amountAccounted\": 30000000}"));
        ok(post(base + "/reports/1/review", "{\"accepted\": true}"));
        refused(() -> post(base + "/disbursements", "{\"tranche\": 2, \"amount\": 25000000}"),
                422, "DISBURSEMENT_EXCEEDS_AWARD");
        ok(post(base + "/disbursements", "{\"tranche\": 2, \"amount\": 20000000}"));
        refused(() -> post(base + "/closure", ""), 422, "REPORTS_PENDING");
        ok(post(base + "/reports", "{\"tranche\": 2, \"summary\": \"Cierre\", \"amountAccounted\": 20000000}"));
        ok(post(base + "/reports/2/review", "{\"accepted\": true}"));
        ok(post(base + "/closure", ""));
        JsonNode view = system.await("/api/v1/public/fund-applications/" + a, j -> j.get("status").asText().equals("CLOSED"));
        assertThat(view.get("disbursedAmount").asLong()).isEqualTo(50_000_000L);
        assertThat(view.get("tranches")).hasSize(2);
    }

    private void checkPublicReadModels(String call, String a) {
        JsonNode page = system.get("/api/v1/public/fund-applications?callId=" + call + "&size=2").json();
        assertThat(page.get("totalItems").asLong()).isEqualTo(4);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(system.get("/api/v1/public/fund-applications?status=CLOSED").json().get("items").get(0)
                .get("applicationId").asText()).isEqualTo(a);
        assertThat(system.get("/api/v1/public/fund-applications?group=1").json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(system.get("/api/v1/public/fund-applications?region=13").json().get("totalItems").asLong()).isEqualTo(3);
        refused(() -> system.get("/api/v1/public/fund-applications?size=100000"), 400, "VALIDATION_FAILED");
        refused(() -> system.get("/api/v1/public/fund-applications?status=LOST"), 400, "MALFORMED_REQUEST");

        JsonNode grants = system.await("/api/v1/public/fund-grants?callId=" + call, j -> j.get("grants").size() == 2);
        JsonNode grant = grants.get("grants").get(0);
        assertThat(grant.get("currency").asText()).isEqualTo("CLP");
        assertThat(grant.get("beneficiaryLocationCode").asText()).isEqualTo(MAIPU);
        Response csv = system.get("/api/v1/public/fund-grants.csv?callId=" + call);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines()).hasSize(3);
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("Identifier,Title,Description,Currency");

        JsonNode cycle = system.get("/api/v1/public/fund-cycle-times?callId=" + call).json();
        assertThat(cycle.get("byCall").get(0).get("decided").asInt()).isEqualTo(3);
        assertThat(cycle.get("byCall").get(0).get("disbursed").asInt()).isEqualTo(1);
        assertThat(cycle.get("byRegion")).hasSize(2);
    }

    private void ok(Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 299);
    }

    /** A refusal is a problem+json 4xx with the expected code, and nothing is recorded. */
    private void refused(java.util.function.Supplier<Response> request, int status, String code) {
        long before = system.storedEvents();
        Response r = request.get();
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        if (code != null) {
            assertThat(r.code()).as(r.body()).isEqualTo(code);
        }
        assertThat(system.storedEvents()).isEqualTo(before);
    }
}
