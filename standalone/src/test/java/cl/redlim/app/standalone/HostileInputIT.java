package cl.redlim.app.standalone;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;
import cl.redlim.procurement.api.DeclareProcurementVoidCommand;
import cl.redlim.procurement.api.PlanProcurementCommand;
import cl.redlim.procurement.api.ProcurementCategory;
import cl.redlim.procurement.api.ProcurementItem;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.PublishTenderCommand;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static cl.redlim.app.standalone.RunningSystem.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated, deterministic and always invalid requests against every command endpoint and the public
 * reads: broken JSON, wrong types, huge strings and bodies, deep nesting, numbers out of range, bad CUT codes, Mongo
 * operators, odd path ids, duplicate and unknown keys, unicode tricks, bad Content-Types, Idempotency-Keys, If-Match
 * values and credentials. Every answer must be a 4xx problem+json with a code, and no event may be written.
 * {@code -Dhostile.requests=5000} for a long run; {@code -Dhostile.seed} to change the sequence.
 */
class HostileInputIT {

    private static final int REQUESTS = Integer.getInteger("hostile.requests", 600);
    private static final long SEED = Long.getLong("hostile.seed", 20_240_601L);
    /** Optional, comma-separated: only these categories, e.g. {@code -Dhostile.categories=oversized-body}. */
    private static final String ONLY = System.getProperty("hostile.categories", "");
    private static final String MAIPU = "13119";
    private static final String APPS = "/api/v1/fund-applications";
    private static final String PROC = "/api/v1/procurements";
    private static final String HOLE = "@@HOSTILE@@";

    @TempDir
    Path data;

    // ---------------------------------------------------------------------------------------------------------------
    // The model of the API: endpoints, their valid bodies, and the kind of each value in them
    // ---------------------------------------------------------------------------------------------------------------

    enum Kind { TEXT, OPT_TEXT, UUID_TEXT, CUT, RUT, SUBJECT, ENUM, INSTANT, REGION, BOOL, MONEY, MONEY0, INT, ARRAY, OPT_ARRAY }

    enum IdKind { NONE, UUID_ID, CUT_ID, SUBJECT_ID, KEY_ID }

    record Slot(String pointer, Kind kind, long min, long max) {
        static Slot of(String pointer, Kind kind) {
            return new Slot(pointer, kind, 0, 0);
        }

        static Slot range(String pointer, long min, long max) {
            return new Slot(pointer, Kind.INT, min, max);
        }

        boolean stringLike() {
            return switch (kind) {
                case TEXT, OPT_TEXT, UUID_TEXT, CUT, RUT, SUBJECT, ENUM, INSTANT, REGION -> true;
                default -> false;
            };
        }

        boolean number() {
            return kind == Kind.MONEY || kind == Kind.MONEY0 || kind == Kind.INT;
        }

        boolean freeText() {
            return kind == Kind.TEXT || kind == Kind.OPT_TEXT;
        }

        boolean required() {
            return kind != Kind.OPT_TEXT && kind != Kind.OPT_ARRAY;
        }
    }

    /** A command endpoint; {@code path} holds {id} for its resource id, and the real one when called validly. */
    record Endpoint(String method, String template, String realId, IdKind idKind, String key, String body,
                    List<Slot> slots, boolean creates) {
        boolean hasBody() {
            return body != null;
        }

        String path(String id) {
            return template.replace("{id}", id);
        }

        String realPath() {
            return path(realId);
        }
    }

    record Req(String category, String method, String path, List<String[]> headers, String body) {
        String describe() {
            StringBuilder s = new StringBuilder(method).append(' ').append(cut(path, 300));
            for (String[] h : headers) {
                s.append("\n    ").append(h[0]).append(": ").append(cut(h[1], 100));
            }
            if (body != null) {
                s.append("\n    body (").append(body.length()).append(" chars): ").append(cut(body, 200));
            }
            return s.toString();
        }
    }

    record Outcome(Req req, int status, String contentType, String body, String error) {
    }

    private RunningSystem system;
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<String> getPaths = new ArrayList<>();
    private String officer;
    private String integrator;
    private String evaluator;
    private String auditor;
    private String call;
    private String application;
    private String procurement;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyHostileRequestIsRefusedAsProblemJsonAndWritesNothing() throws Exception {
        system = RunningSystem.start(data);
        try {
            setUp();
            long events = system.storedEvents();

            Random random = new Random(SEED);
            List<Req> requests = new ArrayList<>();
            int unsendable = 0;
            while (requests.size() < REQUESTS) {
                Req r = generate(random);
                try {
                    build(r);
                    requests.add(r);
                } catch (IllegalArgumentException e) {
                    unsendable++; // HttpClient refuses to build it (illegal URI or header): nothing to send
                }
            }

            long started = System.nanoTime();
            List<Outcome> outcomes = sendAll(requests);
            long millis = (System.nanoTime() - started) / 1_000_000;

            Map<Integer, Integer> byStatus = new TreeMap<>();
            Map<String, Integer> byCategory = new TreeMap<>();
            List<Outcome> failures = new ArrayList<>();
            int fiveHundreds = 0;
            int nonProblem = 0;
            for (Outcome o : outcomes) {
                byStatus.merge(o.status(), 1, Integer::sum);
                byCategory.merge(o.req().category(), 1, Integer::sum);
                if (o.status() >= 500) {
                    fiveHundreds++;
                }
                String problem = problemOf(o);
                if (problem != null) {
                    if (o.status() < 500) {
                        nonProblem++;
                    }
                    failures.add(o);
                }
            }
            long written = system.storedEvents() - events;
            System.out.printf("hostile-input: %d requests, %d 5xx, %d non-problem answers, %d events written%n",
                    outcomes.size(), fiveHundreds, nonProblem, written);
            System.out.printf("hostile-input: seed %d, %d unsendable skipped, %d ms%n", SEED, unsendable, millis);
            System.out.println("hostile-input: by status " + byStatus);
            System.out.println("hostile-input: by category " + byCategory);

            outcomes.stream().filter(o -> o.status() == 409 || o.status() == 422).limit(5).forEach(o ->
                    System.out.println("hostile-input: reached the domain: " + o.req().describe() + "\n  -> "
                            + o.status() + " " + cut(o.body(), 300)));

            StringBuilder report = new StringBuilder();
            for (Outcome o : failures.subList(0, Math.min(20, failures.size()))) {
                report.append("\n[").append(o.req().category()).append("] ").append(o.req().describe())
                        .append("\n  -> ").append(o.status()).append(' ').append(o.contentType()).append(' ')
                        .append(o.error() != null ? o.error() : cut(o.body(), 400)).append('\n');
            }
            assertThat(failures).as(failures.size() + " answers that are not a 4xx problem+json with a code:"
                    + report).isEmpty();
            assertThat(system.storedEvents()).as("events written by invalid requests").isEqualTo(events);
        } finally {
            system.close();
        }
    }

    private static String problemOf(Outcome o) {
        if (o.error() != null) {
            return o.error();
        }
        if (o.status() < 400 || o.status() >= 500) {
            return "status " + o.status();
        }
        if (o.contentType() == null || !o.contentType().startsWith("application/problem+json")) {
            return "content type " + o.contentType();
        }
        try {
            JsonNode json = JSON.readTree(o.body());
            if (json == null || json.get("code") == null || json.get("code").asText().isBlank()) {
                return "no code";
            }
        } catch (IOException e) {
            return "body is not JSON";
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // A real system with real ids
    // ---------------------------------------------------------------------------------------------------------------

    private void setUp() {
        system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
        officer = system.issue("{\"client\": \"Hostile officer\", \"role\": \"fund-officer\"}");
        integrator = system.issue("{\"client\":\"rm\",\"role\":\"integrator\",\"regions\":[\"13\"]}");
        evaluator = system.issue("{\"client\": \"Hostile evaluator\", \"role\": \"evaluator\", \"subject\": \"eva.test\"}");
        auditor = system.issue("{\"client\": \"Hostile auditor\", \"role\": \"auditor\"}");
        RunningSystem.Response victim = system.admin().post("/api/v1/access/api-keys",
                "{\"client\": \"Hostile victim\", \"role\": \"auditor\"}");
        assertThat(victim.status()).isEqualTo(201);
        String victimId = victim.json().get("id").asText();
        assertThat(system.admin().put("/api/v1/territory/communes/" + MAIPU + "/classification",
                "{\"group\": 2, \"rurality\": \"PREDOMINANTLY_URBAN\"}").status()).isEqualTo(204);

        Instant now = Instant.now();
        String terms = """
                {"title": "Hostile call", "totalBudget": 100000000,
                 "groupCaps": [{"group":1,"cap":60000000},{"group":2,"cap":60000000},{"group":3,"cap":100000000},
                               {"group":4,"cap":100000000},{"group":5,"cap":100000000}],
                 "opensAt": "%s", "closesAt": "%s",
                 "criteria": [{"id":"impact","name":"Public value","weight":60},
                              {"id":"feasibility","name":"Feasibility","weight":40}],
                 "minimumScore": 60}""".formatted(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(30)));
        RunningSystem.Response created = system.as(officer).post("/api/v1/fund-calls", terms);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        call = created.json().get("id").asText();
        system.await(created.location(), j -> true);
        String draft = """
                {"callId": "%s", "commune": "13119", "title": "Proyecto hostil", "description": "Descripción",
                 "requestedAmount": 1000000, "beneficiaries": 100}""".formatted(call);
        RunningSystem.Response app = system.as(integrator).post(APPS, draft);
        assertThat(app.status()).as(app.body()).isEqualTo(201);
        application = app.json().get("id").asText();
        system.await(app.location(), j -> true);

        List<Slot> termSlots = List.of(Slot.of("/title", Kind.TEXT), Slot.of("/totalBudget", Kind.MONEY),
                Slot.of("/groupCaps", Kind.ARRAY), Slot.range("/groupCaps/0/group", 1, 5),
                Slot.of("/groupCaps/1/cap", Kind.MONEY0), Slot.of("/opensAt", Kind.INSTANT),
                Slot.of("/closesAt", Kind.INSTANT), Slot.of("/criteria", Kind.ARRAY),
                Slot.of("/criteria/0/id", Kind.SUBJECT), Slot.of("/criteria/1/name", Kind.TEXT),
                Slot.range("/criteria/0/weight", 1, 100), Slot.range("/minimumScore", 0, 100));
        String admin = system.adminKey();
        add("PUT", "/api/v1/territory/communes/{id}/classification", MAIPU, IdKind.CUT_ID, admin,
                "{\"group\": 3, \"rurality\": \"MIXED\"}", false,
                Slot.range("/group", 1, 5), Slot.of("/rurality", Kind.ENUM));
        add("POST", "/api/v1/access/api-keys", "", IdKind.NONE, admin,
                "{\"client\": \"Hostile\", \"role\": \"integrator\", \"communes\": [\"13119\"], \"regions\": [\"13\"]}",
                true, Slot.of("/client", Kind.TEXT), Slot.of("/role", Kind.ENUM), Slot.of("/communes", Kind.OPT_ARRAY),
                Slot.of("/communes/0", Kind.CUT), Slot.of("/regions", Kind.OPT_ARRAY), Slot.of("/regions/0", Kind.REGION));
        add("POST", "/api/v1/access/api-keys/{id}/revocation", victimId, IdKind.KEY_ID, admin,
                "{\"reason\": \"hostile\"}", false, Slot.of("/reason", Kind.TEXT));
        endpoints.add(new Endpoint("POST", "/api/v1/fund-calls", "", IdKind.NONE, officer, terms, termSlots, true));
        endpoints.add(new Endpoint("POST", "/api/v1/fund-calls/{id}/amendments", call, IdKind.UUID_ID, officer, terms,
                termSlots, false));
        add("POST", "/api/v1/fund-calls/{id}/closure", call, IdKind.UUID_ID, officer, null, false);
        add("POST", APPS, "", IdKind.NONE, integrator, draft, true,
                Slot.of("/callId", Kind.UUID_TEXT), Slot.of("/commune", Kind.CUT), Slot.of("/title", Kind.TEXT),
                Slot.of("/description", Kind.TEXT), Slot.of("/requestedAmount", Kind.MONEY),
                Slot.range("/beneficiaries", 0, 10_000_000));
        add("POST", APPS + "/{id}/submission", application, IdKind.UUID_ID, integrator, null, false);
        add("POST", APPS + "/{id}/admissibility", application, IdKind.UUID_ID, officer,
                "{\"admissible\": false, \"reasons\": [\"Falta un anexo\"]}", false,
                Slot.of("/admissible", Kind.BOOL), Slot.of("/reasons", Kind.OPT_ARRAY), Slot.of("/reasons/0", Kind.TEXT));
        add("POST", APPS + "/{id}/evaluations", application, IdKind.UUID_ID, evaluator,
                "{\"evaluatorId\": \"eva.test\", \"scores\": [{\"criterionId\": \"impact\", \"score\": 80}]}", false,
                Slot.of("/evaluatorId", Kind.SUBJECT), Slot.of("/scores", Kind.ARRAY),
                Slot.of("/scores/0/criterionId", Kind.TEXT), Slot.range("/scores/0/score", 0, 100));
        add("POST", APPS + "/{id}/award", application, IdKind.UUID_ID, officer, "{\"amount\": 1000}", false,
                Slot.of("/amount", Kind.MONEY));
        add("POST", APPS + "/{id}/rejection", application, IdKind.UUID_ID, officer, "{\"reason\": \"No\"}", false,
                Slot.of("/reason", Kind.TEXT));
        add("POST", APPS + "/{id}/agreement", application, IdKind.UUID_ID, officer, "{\"reference\": \"CONV-1\"}",
                false, Slot.of("/reference", Kind.TEXT));
        add("POST", APPS + "/{id}/disbursements", application, IdKind.UUID_ID, officer,
                "{\"tranche\": 1, \"amount\": 1000}", false, Slot.range("/tranche", 1, 100), Slot.of("/amount", Kind.MONEY));
        add("POST", APPS + "/{id}/reports", application, IdKind.UUID_ID, integrator,
                "{\"tranche\": 1, \"summary\": \"Avance\", \"amountAccounted\": 1000}", false,
                Slot.range("/tranche", 1, 100), Slot.of("/summary", Kind.TEXT), Slot.of("/amountAccounted", Kind.MONEY0));
        add("POST", APPS + "/{id}/reports/1/review", application, IdKind.UUID_ID, officer,
                "{\"accepted\": false, \"observations\": \"Faltan facturas\"}", false,
                Slot.of("/accepted", Kind.BOOL), Slot.of("/observations", Kind.OPT_TEXT));
        add("POST", APPS + "/{id}/closure", application, IdKind.UUID_ID, officer, null, false);
        add("PUT", "/api/v1/fund-evaluators/{id}/interests", "eva.test", IdKind.SUBJECT_ID, evaluator,
                "{\"name\": \"Eva Test\", \"tiedCommunes\": [\"13119\"]}", false,
                Slot.of("/name", Kind.TEXT), Slot.of("/tiedCommunes", Kind.ARRAY), Slot.of("/tiedCommunes/0", Kind.CUT));
        procurementEndpoints(now);
        transparencyEndpoints(now);
    }

    /**
     * The access-request endpoints, against a request transferred already: every step on it is refused by the
     * aggregate. The holiday registration names a date that is a holiday already.
     */
    private void transparencyEndpoints(Instant now) {
        String request = UUID.randomUUID().toString();
        CommandGateway gateway = system.context().getBean(CommandGateway.class);
        gateway.sendAndWait(new cl.redlim.transparency.api.ReceiveAccessRequestCommand(request, CommuneCode.of(MAIPU),
                new cl.redlim.transparency.api.RequesterContact("Ana", "ana@example.cl", null, null), "Actas",
                cl.redlim.transparency.api.AccessRequestChannel.EMAIL, now.minus(Duration.ofDays(3))));
        gateway.sendAndWait(new cl.redlim.transparency.api.TransferAccessRequestCommand(request, "SII", "Tributario",
                now.minus(Duration.ofDays(2))));
        String r = "/api/v1/access-requests";
        add("POST", r, "", IdKind.NONE, integrator, "{\"commune\": \"13119\", \"channel\": \"EMAIL\", \"subject\": "
                        + "\"Actas\", \"requester\": {\"name\": \"Ana\", \"email\": \"ana@example.cl\", "
                        + "\"postalAddress\": \"Calle 1\"}}", true,
                Slot.of("/commune", Kind.CUT), Slot.of("/channel", Kind.ENUM), Slot.of("/subject", Kind.TEXT),
                Slot.of("/requester/name", Kind.TEXT), Slot.of("/requester/postalAddress", Kind.OPT_TEXT));
        add("POST", r + "/{id}/extension", request, IdKind.UUID_ID, integrator, "{\"reasons\": \"Volumen\"}", false,
                Slot.of("/reasons", Kind.TEXT));
        add("POST", r + "/{id}/transfer", request, IdKind.UUID_ID, integrator,
                "{\"competentBody\": \"SII\", \"reasons\": \"Tributario\"}", false,
                Slot.of("/competentBody", Kind.TEXT), Slot.of("/reasons", Kind.TEXT));
        add("POST", r + "/{id}/third-party-oppositions", request, IdKind.UUID_ID, integrator,
                "{\"grounds\": \"Derechos\"}", false, Slot.of("/grounds", Kind.TEXT));
        add("POST", r + "/{id}/answer", request, IdKind.UUID_ID, integrator, "{\"outcome\": \"PARTIALLY_GRANTED\", "
                        + "\"summary\": \"Parte\", \"withheldParts\": [{\"description\": \"RUT\", \"ground\": \"ART_21_2\"}],"
                        + " \"documentIds\": [\"d1\"]}",
                false, Slot.of("/outcome", Kind.ENUM), Slot.of("/summary", Kind.TEXT),
                Slot.of("/withheldParts", Kind.OPT_ARRAY), Slot.of("/withheldParts/0/description", Kind.TEXT),
                Slot.of("/withheldParts/0/ground", Kind.ENUM), Slot.of("/documentIds", Kind.OPT_ARRAY),
                Slot.of("/documentIds/0", Kind.TEXT));
        add("POST", r + "/{id}/answer/documents", request, IdKind.UUID_ID, integrator, "{\"documentId\": \"d2\"}",
                false, Slot.of("/documentId", Kind.TEXT));
        add("POST", r + "/{id}/amparo", request, IdKind.UUID_ID, integrator, "{\"cpltCase\": \"C1-26\"}", false,
                Slot.of("/cpltCase", Kind.TEXT));
        add("POST", r + "/{id}/amparo/resolution", request, IdKind.UUID_ID, integrator,
                "{\"outcome\": \"REJECTED\", \"decisionReference\": \"D1\"}", false,
                Slot.of("/outcome", Kind.ENUM), Slot.of("/decisionReference", Kind.TEXT));
        add("POST", "/api/v1/transparency/holidays", "", IdKind.NONE, system.adminKey(),
                "{\"date\": \"2026-09-18\", \"name\": \"Independencia\", \"legalSource\": \"Ley 2.977\"}", false,
                Slot.of("/name", Kind.TEXT), Slot.of("/legalSource", Kind.TEXT));
    }

    /**
     * The procurement endpoints, against a process declared void: a request that got through every check of the
     * HTTP layer would still be refused by the aggregate. Only the plan creates, and its mutations are all invalid.
     */
    private void procurementEndpoints(Instant now) {
        procurement = UUID.randomUUID().toString();
        CommandGateway gateway = system.context().getBean(CommandGateway.class);
        gateway.sendAndWait(new PlanProcurementCommand(procurement, CommuneCode.of(MAIPU), "Compra hostil", "Hostil",
                ProcurementCategory.GOODS, List.of(new ProcurementItem("1", "Luminaria", 10, "unidad", null, null)),
                Clp.of(5_000_000), Clp.of(70_000), ProcurementMethod.PUBLIC_TENDER, null, null, null,
                now.minus(Duration.ofDays(30))));
        gateway.sendAndWait(new PublishTenderCommand(procurement, now.minus(Duration.ofDays(1)), false, null,
                now.minus(Duration.ofDays(20))));
        gateway.sendAndWait(new DeclareProcurementVoidCommand(procurement, "Sin ofertas", now));
        String rut = "76086428-" + Rut.checkDigit("76086428");
        String p = PROC + "/{id}";
        String contract = p + "/contracts/" + UUID.randomUUID();

        add("POST", PROC, "", IdKind.NONE, integrator, """
                        {"buyer": "13119", "title": "Luminarias", "description": "Reposición", "category": "GOODS",
                         "items": [{"description": "Luminaria LED", "quantity": 10, "unit": "unidad", "lot": "norte"}],
                         "estimatedAmount": 5000000, "utmValue": 70000, "method": "PUBLIC_TENDER"}""", true,
                Slot.of("/buyer", Kind.CUT), Slot.of("/title", Kind.TEXT), Slot.of("/description", Kind.TEXT),
                Slot.of("/category", Kind.ENUM), Slot.of("/items", Kind.ARRAY), Slot.of("/items/0/description", Kind.TEXT),
                Slot.range("/items/0/quantity", 1, 1_000_000_000), Slot.of("/items/0/unit", Kind.TEXT),
                Slot.of("/items/0/lot", Kind.OPT_TEXT), Slot.of("/estimatedAmount", Kind.MONEY),
                Slot.of("/utmValue", Kind.MONEY), Slot.of("/method", Kind.ENUM));
        add("POST", p + "/market-consultation", procurement, IdKind.UUID_ID, integrator, "{\"summary\": \"Consulta\"}",
                false, Slot.of("/summary", Kind.TEXT));
        add("POST", p + "/tender", procurement, IdKind.UUID_ID, integrator, "{\"closesAt\": \""
                        + now.plus(Duration.ofDays(30)) + "\", \"reducedPeriod\": true, \"reducedPeriodJustification\": \"Simple\"}",
                false, Slot.of("/closesAt", Kind.INSTANT), Slot.of("/reducedPeriod", Kind.BOOL),
                Slot.of("/reducedPeriodJustification", Kind.OPT_TEXT));
        add("POST", p + "/tender/amendments", procurement, IdKind.UUID_ID, integrator, "{\"rationale\": \"Aclaración\","
                        + " \"description\": \"Anexo\", \"closesAt\": \"" + now.plus(Duration.ofDays(40)) + "\"}", false,
                Slot.of("/rationale", Kind.TEXT), Slot.of("/description", Kind.TEXT), Slot.of("/closesAt", Kind.INSTANT));
        add("POST", p + "/bids", procurement, IdKind.UUID_ID, integrator, """
                        {"supplier": "%s", "supplierName": "Acme", "amount": 4500000, "lot": "norte",
                         "documents": [{"title": "Oferta", "url": "https://docs.example.cl/o.pdf"}]}""".formatted(rut), false,
                Slot.of("/supplier", Kind.RUT), Slot.of("/supplierName", Kind.TEXT), Slot.of("/amount", Kind.MONEY),
                Slot.of("/lot", Kind.OPT_TEXT), Slot.of("/documents", Kind.ARRAY),
                Slot.of("/documents/0/title", Kind.TEXT), Slot.of("/documents/0/url", Kind.TEXT));
        add("POST", p + "/bid-opening", procurement, IdKind.UUID_ID, integrator, null, false);
        add("POST", p + "/bids/" + UUID.randomUUID() + "/admissibility", procurement, IdKind.UUID_ID, integrator,
                "{\"admissible\": false, \"reasons\": [\"Sin garantía\"]}", false,
                Slot.of("/admissible", Kind.BOOL), Slot.of("/reasons", Kind.OPT_ARRAY), Slot.of("/reasons/0", Kind.TEXT));
        add("POST", p + "/evaluation", procurement, IdKind.UUID_ID, integrator, "{\"scores\": [{\"bidId\": \""
                        + UUID.randomUUID() + "\", \"score\": 80}], \"reportSummary\": \"Acta\"}", false,
                Slot.of("/scores", Kind.ARRAY), Slot.of("/scores/0/bidId", Kind.UUID_TEXT),
                Slot.range("/scores/0/score", 0, 100), Slot.of("/reportSummary", Kind.TEXT));
        add("POST", p + "/award", procurement, IdKind.UUID_ID, integrator, "{\"bidIds\": [\"" + UUID.randomUUID()
                + "\"]}", false, Slot.of("/bidIds", Kind.ARRAY), Slot.of("/bidIds/0", Kind.UUID_TEXT));
        add("POST", p + "/direct-award", procurement, IdKind.UUID_ID, integrator, "{\"supplier\": \"" + rut
                        + "\", \"supplierName\": \"Acme\", \"amount\": 1000000}", false,
                Slot.of("/supplier", Kind.RUT), Slot.of("/supplierName", Kind.TEXT), Slot.of("/amount", Kind.MONEY));
        add("POST", p + "/void", procurement, IdKind.UUID_ID, integrator, "{\"reason\": \"Sin ofertas\"}", false,
                Slot.of("/reason", Kind.TEXT));
        add("POST", p + "/completion", procurement, IdKind.UUID_ID, integrator, null, false);
        add("POST", p + "/contracts", procurement, IdKind.UUID_ID, integrator, "{\"awardId\": \"" + UUID.randomUUID()
                        + "\", \"value\": 1000000, \"startsOn\": \"2026-01-01\", \"endsOn\": \"2026-12-31\"}", false,
                Slot.of("/awardId", Kind.UUID_TEXT), Slot.of("/value", Kind.MONEY), Slot.of("/startsOn", Kind.INSTANT),
                Slot.of("/endsOn", Kind.INSTANT));
        add("POST", contract + "/purchase-orders", procurement, IdKind.UUID_ID, integrator,
                "{\"amount\": 1000, \"description\": \"Entrega\"}", false,
                Slot.of("/amount", Kind.MONEY), Slot.of("/description", Kind.TEXT));
        add("POST", contract + "/payments", procurement, IdKind.UUID_ID, integrator, "{\"amount\": 1000, \"orderId\": \""
                + UUID.randomUUID() + "\"}", false, Slot.of("/amount", Kind.MONEY), Slot.of("/orderId", Kind.UUID_TEXT));
        add("POST", contract + "/amendments", procurement, IdKind.UUID_ID, integrator,
                "{\"value\": 1200, \"endsOn\": \"2027-03-31\", \"rationale\": \"Obras\"}", false,
                Slot.of("/value", Kind.MONEY), Slot.of("/endsOn", Kind.INSTANT), Slot.of("/rationale", Kind.TEXT));
        add("POST", contract + "/termination", procurement, IdKind.UUID_ID, integrator, "{\"reason\": \"Fin\"}", false,
                Slot.of("/reason", Kind.TEXT));
    }

    private void add(String method, String template, String realId, IdKind idKind, String key, String body,
                     boolean creates, Slot... slots) {
        endpoints.add(new Endpoint(method, template, realId, idKind, key, body, List.of(slots), creates));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The generator
    // ---------------------------------------------------------------------------------------------------------------

    private static final String[] CATEGORIES = {"broken-json", "wrong-type", "huge-string", "oversized-body",
            "deep-nesting", "number-range", "invalid-cut", "operator-injection", "odd-path-id", "duplicate-key",
            "unknown-field", "unicode", "content-type", "idempotency-key", "if-match", "no-key", "garbage-key",
            "auditor-key", "public-get"};

    private Req generate(Random r) {
        String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
        if (ONLY.isEmpty() && category.equals("oversized-body") && r.nextInt(3) != 0) {
            category = "public-get"; // big bodies are slow: fewer of them
        }
        if (!ONLY.isEmpty() && !List.of(ONLY.split(",")).contains(category)) {
            return generate(r);
        }
        return switch (category) {
            case "public-get" -> publicGet(r);
            case "broken-json" -> withBody(r, category, e -> brokenJson(r, e.body()));
            case "wrong-type" -> slotMutation(r, category, s -> true, s -> pick(r, wrongTypes(s)));
            case "huge-string" -> hugeString(r);
            case "oversized-body" -> oversized(r);
            case "deep-nesting" -> withBody(r, category, e -> deepNesting(r, e));
            case "number-range" -> slotMutation(r, category, Slot::number, s -> pick(r, outOfRange(r, s)));
            case "invalid-cut" -> invalidCut(r);
            case "operator-injection" -> operatorInjection(r);
            case "odd-path-id" -> oddPathId(r);
            case "duplicate-key" -> withBody(r, category, e -> duplicateKey(r, e.body()));
            case "unknown-field" -> withBody(r, category, e -> unknownField(r, e.body()));
            case "unicode" -> unicode(r);
            case "content-type" -> contentType(r);
            case "idempotency-key" -> headerOnly(r, category, endpoints, "Idempotency-Key",
                    pick(r, "", "   ", "a b", "x".repeat(256), "k".repeat(300), "tab\there", "a\tb"));
            case "if-match" -> headerOnly(r, category, endpoints.stream().filter(e -> !e.creates()).toList(), "If-Match",
                    pick(r, "version seven", "abc", "\"abc\"", "W/\"x\"", "\"1", "1\"", "\"\"\"", "\"1,2\"",
                            "\"99999999999999999999\"", "\"" + "9".repeat(300) + "\"", "\"0x10\"", "\"1.5\"", "\"$gt\""));
            case "no-key" -> credentials(r, category, null);
            case "garbage-key" -> credentials(r, category, pick(r, "garbage", "rl_" + hex(r, 40), officer + "x",
                    officer.substring(0, officer.length() - 1), "k".repeat(3000), "' OR '1'='1", "{\"$gt\":\"\"}",
                    " " + officer + " x", "null", officer.toUpperCase()));
            case "auditor-key" -> credentials(r, category, auditor);
            default -> throw new IllegalStateException(category);
        };
    }

    private Req request(String category, Endpoint e, String path, String key, String body, String... headers) {
        List<String[]> hs = new ArrayList<>();
        if (key != null) {
            hs.add(new String[]{"X-API-Key", key});
        }
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            hs.add(new String[]{headers[i], headers[i + 1]});
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !typed) {
            hs.add(new String[]{"Content-Type", "application/json"});
        }
        return new Req(category, e.method(), path, hs, body);
    }

    private Endpoint anyWithBody(Random r) {
        List<Endpoint> withBody = endpoints.stream().filter(Endpoint::hasBody).toList();
        return withBody.get(r.nextInt(withBody.size()));
    }

    private Req withBody(Random r, String category, java.util.function.Function<Endpoint, String> body) {
        Endpoint e = anyWithBody(r);
        return request(category, e, e.realPath(), e.key(), body.apply(e));
    }

    private Req slotMutation(Random r, String category, java.util.function.Predicate<Slot> which,
                             java.util.function.Function<Slot, String> value) {
        List<Endpoint> candidates = endpoints.stream().filter(e -> e.slots().stream().anyMatch(which)).toList();
        Endpoint e = candidates.get(r.nextInt(candidates.size()));
        List<Slot> slots = e.slots().stream().filter(which).toList();
        Slot s = slots.get(r.nextInt(slots.size()));
        return request(category, e, e.realPath(), e.key(), fill(e.body(), s.pointer(), value.apply(s)));
    }

    private static List<String> wrongTypes(Slot s) {
        List<String> values = new ArrayList<>();
        if (s.stringLike()) {
            values.addAll(List.of("12", "-3.5", "0", "true", "false", "[]", "[\"a\"]", "{}", "{\"a\": \"b\"}"));
        } else if (s.number()) {
            values.addAll(List.of("\"mucho\"", "\"1 000\"", "true", "false", "[]", "[1]", "{}", "{\"v\": 1}"));
        } else if (s.kind() == Kind.BOOL) {
            values.addAll(List.of("\"yes\"", "\"si\"", "[]", "[true]", "{}", "{\"v\": true}"));
        } else {
            values.addAll(List.of("{}", "\"x\"", "1", "true", "{\"0\": \"a\"}"));
        }
        if (s.required()) {
            values.add("null");
        }
        return values;
    }

    private static List<String> outOfRange(Random r, Slot s) {
        List<String> values = new ArrayList<>(List.of("1.5", "0.0001", "12.50", "1e400", "-1e400", "1E400",
                "9223372036854775808", "-9223372036854775809", "-1", "-100", "1".repeat(2000 + r.nextInt(300_000))));
        if (s.kind() == Kind.MONEY) {
            values.add("0");
        }
        if (s.kind() == Kind.INT) {
            values.addAll(List.of(Long.toString(s.min() - 1), Long.toString(s.max() + 1), "2147483648", "-2147483649"));
        }
        return values;
    }

    private Req hugeString(Random r) {
        String huge = "x".repeat(200_000 + r.nextInt(700_000));
        if (r.nextInt(5) == 0) { // a huge field name
            Endpoint e = anyWithBody(r);
            return request("huge-string", e, e.realPath(), e.key(),
                    "{\"" + huge + "\": 1," + e.body().strip().substring(1));
        }
        return slotMutation(r, "huge-string", Slot::stringLike, s -> "\"" + huge + "\"");
    }

    private Req oversized(Random r) {
        Endpoint e = anyWithBody(r);
        int size = 1_050_000 + r.nextInt(900_000); // under 2MB: what Tomcat drains after a 413 (max-swallow-size)
        String body = switch (r.nextInt(3)) {
            case 0 -> fill(e.body(), e.slots().stream().filter(Slot::stringLike).findFirst()
                    .map(Slot::pointer).orElse(e.slots().get(0).pointer()), "\"" + "x".repeat(size) + "\"");
            case 1 -> "[" + "1,".repeat(size / 2) + "1]";
            default -> "y".repeat(size);
        };
        return request("oversized-body", e, e.realPath(), e.key(), body);
    }

    private static String brokenJson(Random r, String valid) {
        String v = valid.strip();
        return switch (r.nextInt(12)) {
            case 0 -> v.substring(0, 1 + r.nextInt(v.length() - 1));
            case 1 -> v + pick(r, " x", "}", ",", " {\"a\": 1}", "]", " null", "\u0000");
            case 2 -> "[" + v.substring(1);
            case 3 -> v.substring(0, v.length() - 1) + "]";
            case 4 -> "";
            case 5 -> pick(r, "null", "[]", "\"x\"", "1", "true", "[" + v + "]");
            case 6 -> v.replace('"', '\'');
            case 7 -> "/* c */" + v;
            case 8 -> v.replaceFirst(":", "");
            case 9 -> v.contains(",") ? v.replaceFirst(",", ",,") : v.replaceFirst("\"", "\"\"");
            case 10 -> v.replaceFirst("\"", "");
            default -> pick(r, "{", "}", "{{}}", "{\"a\"}", "{\"a\": }", "\uFEFF", "%7B%7D", "<xml/>", "NaN");
        };
    }

    private static String deepNesting(Random r, Endpoint e) {
        int depth = 5_000 + r.nextInt(15_001);
        String nested = r.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        if (r.nextInt(4) == 0) {
            return nested;
        }
        Slot s = e.slots().get(r.nextInt(e.slots().size()));
        return fill(e.body(), s.pointer(), nested);
    }

    private static final List<String> BAD_CUTS = List.of("00000", "99999", "1311", "131190", "13199", "13119; DROP",
            "١٣١١٩", "１３１１９", "13 119", "-1311", "1311a", "", "$where", "13119\\u0000", "\\u202e13119", "1311\\u200b9",
            "\\ud80013119", "%31%33%31%31%39", "13119\\n");

    private Req invalidCut(Random r) {
        if (r.nextInt(4) == 0) { // the path CUT of a classification
            Endpoint e = endpoints.get(0);
            String cut = pick(r, "00000", "99999", "1311", "13199", "13119%3B%20DROP", "%D9%A1%D9%A3%D9%A1%D9%A1%D9%A9",
                    "1311a", "131190", "%2413119", "13119%00", "13%2F119", "%E2%80%AE13119");
            return request("invalid-cut", e, e.path(cut), e.key(), e.body());
        }
        return slotMutation(r, "invalid-cut", s -> s.kind() == Kind.CUT, s -> "\"" + pick(r, BAD_CUTS) + "\"");
    }

    private Req operatorInjection(Random r) {
        List<String> objects = List.of("{\"$gt\": \"\"}", "{\"$ne\": null}", "{\"$where\": \"sleep(5000)\"}",
                "{\"$regex\": \".*\"}", "{\"$in\": [\"13119\"]}", "{\"$gt\": 0}", "[{\"$gt\": \"\"}]");
        if (r.nextInt(5) == 0) { // a key starting with $
            Endpoint e = anyWithBody(r);
            return request("operator-injection", e, e.realPath(), e.key(),
                    "{\"" + pick(r, "$where", "$gt", "$set", "$ne") + "\": " + pick(r, "\"1\"", "{}", "1") + ", "
                            + e.body().strip().substring(1));
        }
        boolean freeTextToo = r.nextBoolean();
        return slotMutation(r, "operator-injection", s -> !s.freeText() || freeTextToo, s -> {
            if (!s.freeText() && s.stringLike() && r.nextBoolean()) {
                return pick(r, "\"$where\"", "\"$gt\"", "\"{\\\"$gt\\\": \\\"\\\"}\"", "\"$ne\"");
            }
            return pick(r, objects);
        });
    }

    private List<String> oddIds(Random r, IdKind kind, String real) {
        List<String> ids = new ArrayList<>(List.of("..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "%2e%2e",
                "a%2Fb", "%2F", "x%00y", "%00", "a%5Cb", "%5C..%5C", "k".repeat(3000), "k".repeat(9000),
                "%E2%80%AE" + "abc", "%E2%80%8B", "%EF%BB%BF", "%F0%9F%92%A9", "%C3%B1and%C3%BA", "%24where",
                "%7B%22%24gt%22%3A%22%22%7D", "%ED%A0%80", "%C0%AE%C0%AE", "%FF", "%3B", "x%3Bjsessionid%3D1",
                "%2A", "%25", "%3F", "%23"));
        switch (kind) {
            case UUID_ID -> ids.addAll(List.of("not-a-uuid", "1", "00000000-0000-0000-0000-00000000000g",
                    real.substring(0, 18) + "%00" + real.substring(18), real.substring(0, 18) + "%E2%80%8B" + real.substring(18),
                    real + "0", real + "-" + real, "x" + real.substring(1), real.replace("-", ""), real.substring(0, 35) + "%C3%A9",
                    real.replace('-', '_'), UUID.randomUUID().toString(), "%7B" + real + "%7D"));
            case CUT_ID -> ids.addAll(List.of("00000", "99999", "1311", "13199", "131190", "13119%3B%20DROP"));
            case SUBJECT_ID -> ids.addAll(List.of("Ana%20Rojas", "eva.other", "EVA.TEST", "e", "eva%2Etest%2E%2E",
                    "eva.test%00", "eva.%E2%80%AEtest", "%24where", "ev", "e".repeat(65)));
            case KEY_ID -> ids.addAll(List.of("AB", "ab", "abc_def", "k".repeat(41), UUID.randomUUID().toString(),
                    "%24where", "abc%2Fdef"));
            default -> {
            }
        }
        return ids;
    }

    private Req oddPathId(Random r) {
        List<Endpoint> withIds = endpoints.stream().filter(e -> e.idKind() != IdKind.NONE).toList();
        Endpoint e = withIds.get(r.nextInt(withIds.size()));
        String path;
        if (e.template().contains("/reports/1/review") && r.nextInt(3) == 0) {
            path = APPS + "/" + e.realId() + "/reports/" + pick(r, "abc", "1.5", "-1", "99999999999999999999",
                    "%00", "1e3", "%2e%2e", "1%2F2", "%24gt") + "/review";
        } else {
            path = e.path(pick(r, oddIds(r, e.idKind(), e.realId())));
        }
        return request("odd-path-id", e, path, e.key(), e.body());
    }

    private Req unicode(Random r) {
        if (r.nextInt(4) == 0) {
            List<Endpoint> withIds = endpoints.stream().filter(e -> e.idKind() != IdKind.NONE).toList();
            Endpoint e = withIds.get(r.nextInt(withIds.size()));
            String real = e.realId();
            int at = 1 + r.nextInt(real.length() - 1);
            String id = real.substring(0, at) + pick(r, "%E2%80%AE", "%E2%80%8B", "%00", "%ED%A0%80", "%EF%BF%BF",
                    "%CC%81", "%F0%9F%98%80", "%E2%80%A8") + real.substring(at);
            return request("unicode", e, e.path(id), e.key(), e.body());
        }
        return slotMutation(r, "unicode", s -> s.stringLike() && !s.freeText(), s -> {
            String valid = validValue(s);
            String mark = pick(r, "\\ud800", "\\udfff", "\\u202e", "\\u200b", "\\u0000", "\\ufeff", "\\u0301",
                    "\\ud83d\\ude00", "\\u0007", "\\u00ad");
            // around a UUID, an enum or an instant, Jackson trims control characters and spaces (a known leniency,
            // as for enum names): only inside; around the values checked by pattern (CUT, ids, regions) too
            boolean patterned = s.kind() == Kind.CUT || s.kind() == Kind.RUT || s.kind() == Kind.SUBJECT
                    || s.kind() == Kind.REGION;
            if (!patterned || r.nextBoolean()) {
                int at = 1 + r.nextInt(Math.max(1, valid.length() - 1));
                return "\"" + valid.substring(0, at) + mark + valid.substring(at) + "\"";
            }
            return r.nextBoolean() ? "\"" + mark + valid + "\"" : "\"" + mark + "\"";
        });
    }

    private String validValue(Slot s) {
        for (Endpoint e : endpoints) {
            if (e.slots().contains(s)) {
                return readTree(e.body()).at(s.pointer()).asText();
            }
        }
        throw new IllegalStateException(s.toString());
    }

    private Req contentType(Random r) {
        Endpoint e = anyWithBody(r);
        String type = pick(r, "*/*", "application/*", "text/plain", "garbage", "application/xml",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=klingon",
                "application/jsonx", "json", "", "text/html", "application/octet-stream", "application/json/x",
                "application/json; charset=", "application/problem+xml", "image/png", ";", "application/",
                "application/json, text/plain");
        return request("content-type", e, e.realPath(), e.key(), e.body(), "Content-Type", type);
    }

    private Req headerOnly(Random r, String category, List<Endpoint> among, String header, String value) {
        Endpoint e = among.get(r.nextInt(among.size()));
        return request(category, e, e.realPath(), e.key(), e.body(), header, value);
    }

    private Req credentials(Random r, String category, String key) {
        Endpoint e = endpoints.get(r.nextInt(endpoints.size()));
        if (category.equals("garbage-key") && r.nextInt(4) == 0) {
            return request(category, e, e.realPath(), null, e.body(), "Authorization",
                    pick(r, "Bearer garbage", "Bearer " + officer, "Basic YWRtaW46YWRtaW4=", "Bearer a.b.c", "Bearer"));
        }
        return request(category, e, e.realPath(), key, e.body());
    }

    private static String duplicateKey(Random r, String valid) {
        ObjectNode tree = (ObjectNode) readTree(valid);
        String name = tree.fieldNames().next();
        if (r.nextBoolean()) {
            List<String> names = new ArrayList<>();
            tree.fieldNames().forEachRemaining(names::add);
            name = names.get(r.nextInt(names.size()));
        }
        String value = r.nextBoolean() ? tree.get(name).toString() : pick(r, "null", "1", "\"x\"", "{}");
        return "{\"" + name + "\": " + value + ", " + valid.strip().substring(1);
    }

    private static String unknownField(Random r, String valid) {
        String field = pick(r, "\"bonus\": 1", "\"__proto__\": {}", "\"\": 1", "\"constructor\": {\"prototype\": {}}",
                "\"@class\": \"java.lang.Runtime\"", "\"id\": \"" + UUID.randomUUID() + "\"", "\"TITLE\": \"x\"",
                "\"status\": \"AWARDED\"", "\"version\": 7", "\"a\\u0000b\": 1", "\"x\": null");
        return "{" + field + ", " + valid.strip().substring(1);
    }

    private Req publicGet(Random r) {
        String p = "/api/v1/public";
        String path = switch (r.nextInt(9)) {
            case 0 -> p + "/fund-applications?" + pick(r,
                    "callId=" + pick(r, "not-a-uuid", "%7B%22%24gt%22%3A%22%22%7D", "%24where", "%00", "1", call + "x",
                            "%E2%80%AE" + call, "k".repeat(3000)),
                    "commune=" + pick(r, "1311", "13119%3B%20DROP", "%D9%A1%D9%A3%D9%A1%D9%A1%D9%A9", "%24where",
                            "%7B%22%24gt%22%3A%22%22%7D", "131190", "13119%00", "%2e%2e%2f"),
                    "region=" + pick(r, "1", "133", "ab", "%24ne", "%7B%22%24gt%22%3A%22%22%7D", "1%00"),
                    "status=" + pick(r, "LOST", "%24where", "DR%00AFT", "%E2%80%AEDRAFT", "DR%E2%80%8BAFT", "1"),
                    "group=" + pick(r, "0", "6", "1.5", "x", "2147483648", "1e400", "-1", "%24gt"),
                    "page=" + pick(r, "-1", "100001", "x", "1.5", "99999999999999999999", "%24gt"),
                    "size=" + pick(r, "0", "201", "100000", "-5", "x", "1e2", "x&size=5", "%00"));
            case 1 -> p + "/territory/communes?" + pick(r, "region=" + pick(r, "1", "133", "ab", "%24where"),
                    "group=" + pick(r, "0", "6", "x", "1.5"), "rurality=" + pick(r, "SUBURBAN", "%24where",
                            "MI%E2%80%8BXED", "%7B%7D", "1"));
            case 2 -> p + pick(r, "/fund-grants", "/fund-grants.csv", "/fund-cycle-times") + "?callId="
                    + pick(r, "not-a-uuid", "%7B%22%24gt%22%3A%22%22%7D", "%24where", "%00", "x%2F..", "1-2", "k".repeat(3000));
            case 3, 4 -> p + "/fund-calls/" + pick(r, oddIds(r, IdKind.UUID_ID, call));
            case 5, 6 -> p + "/fund-applications/" + pick(r, oddIds(r, IdKind.UUID_ID, application));
            default -> p + "/territory/communes/" + pick(r, pick(r, oddIds(r, IdKind.CUT_ID, MAIPU)), "13199", "00000",
                    "%D9%A1%D9%A3%D9%A1%D9%A1%D9%A9", "13119%3B", "%E2%80%AE13119");
        };
        return new Req("public-get", "GET", path, List.of(), null);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Plumbing
    // ---------------------------------------------------------------------------------------------------------------

    /** The valid body with the value at the pointer replaced by raw JSON text (which may be anything). */
    private static String fill(String valid, String pointer, String raw) {
        JsonNode copy = readTree(valid);
        int i = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, i));
        String last = pointer.substring(i + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), HOLE);
        } else {
            ((ObjectNode) parent).put(last, HOLE);
        }
        return copy.toString().replace("\"" + HOLE + "\"", raw);
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static String hex(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(Character.forDigit(r.nextInt(16), 16));
        }
        return s.toString();
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "null";
        }
        String flat = s.replace("\n", "\\n");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…(" + s.length() + " chars)";
    }

    private HttpRequest build(Req r) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(system.base() + r.path()))
                .timeout(Duration.ofSeconds(60));
        for (String[] h : r.headers()) {
            b.header(h[0], h[1]);
        }
        return b.method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(r.body(), StandardCharsets.UTF_8)).build();
    }

    private List<Outcome> sendAll(List<Req> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        AtomicLong done = new AtomicLong();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Req req : requests) {
                futures.add(pool.submit(() -> {
                    Outcome o = send(req);
                    long n = done.incrementAndGet();
                    if (n % 1000 == 0) {
                        System.out.println("hostile-input: " + n + " sent");
                    }
                    return o;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome send(Req req) {
        try {
            HttpResponse<String> r = http.send(build(req), HttpResponse.BodyHandlers.ofString());
            return new Outcome(req, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(), null);
        } catch (IOException e) {
            return new Outcome(req, -1, null, null, "I/O error: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
