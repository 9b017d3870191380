package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Client;
import cl.redlim.app.standalone.RunningSystem.Response;
import cl.redlim.audit.command.AggregateHistory;
import cl.redlim.audit.command.AggregateStateRenderer;
import cl.redlim.fund.api.DeclareEvaluatorInterestsCommand;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.territory.api.CommuneClassifiedEvent;
import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.Rurality;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's view of one aggregate against the real standalone system: after each command sent over HTTP, the
 * state the running app holds (loaded through Axon's own repository) is captured with the instant of the
 * aggregate's last event; in the end the as-of endpoint must answer exactly that state for each instant. Aggregates
 * of two contexts (a fund call, an application and an evaluator; a municipal purchase), then what changed between
 * two instants, the events with who did them, paging, and the refusals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsOfStateIT {

    private static final String MAIPU = "13119";
    private static final String AUDIT = "/api/v1/audit/aggregates/";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    @TempDir
    static Path data;

    private RunningSystem system;
    private String officer;
    private String maipu;
    private String auditor;
    private final List<Capture> captures = new ArrayList<>();

    /** What the app held right after a command: the live state and its last event. */
    private record Capture(String what, String aggregateId, Instant at, long version, JsonNode live) {
        Capture withWhat(String description) {
            return new Capture(description, aggregateId, at, version, live);
        }
    }

    @BeforeAll
    void start() {
        system = RunningSystem.start(data);
        system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
        ok(system.admin().put("/api/v1/territory/communes/" + MAIPU + "/classification",
                "{\"group\": 2, \"rurality\": \"PREDOMINANTLY_URBAN\"}"), 204);
        officer = system.issue("{\"client\": \"Oficina del FIM\", \"role\": \"fund-officer\"}");
        maipu = system.issue("{\"client\": \"Municipalidad de Maipú\", \"role\": \"integrator\", \"subject\": "
                + "\"maipu.sistema\", \"communes\": [\"" + MAIPU + "\"]}");
        auditor = system.issue("{\"client\": \"Contraloría\", \"role\": \"auditor\"}");
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void theStateAtEachInstantIsTheStateTheAggregateHadWhenTheEventOfThatInstantWasApplied() {
        captures.clear();
        String call = fundCall();
        String application = fundApplication(call);
        String process = procurement();
        assertThat(captures).hasSizeGreaterThanOrEqualTo(14);
        // a fund call, an application, an evaluator and a purchase
        assertThat(captures.stream().map(Capture::aggregateId).distinct()).hasSize(4);

        for (Capture c : captures) {
            Response r = audit().get(AUDIT + c.aggregateId() + "/state?at=" + c.at());
            assertThat(r.status()).as(c.what() + ": " + r.body()).isEqualTo(200);
            assertThat(r.json().get("state")).as("the state after " + c.what() + " at " + c.at())
                    .isEqualTo(c.live());
            assertThat(r.json().get("version").asLong()).as(c.what()).isEqualTo(c.version());
            assertThat(Instant.parse(r.json().get("lastEventTimestamp").asText())).isEqualTo(c.at());
            assertThat(Instant.parse(r.json().get("at").asText())).isEqualTo(c.at());
            Response bySequence = audit().get(AUDIT + c.aggregateId() + "/state?sequence=" + c.version());
            assertThat(bySequence.json().get("state")).as(c.what() + " by sequence").isEqualTo(c.live());
        }
        // the captured states of one aggregate differ from each other: the comparison could fail
        assertThat(captures.stream().filter(c -> c.aggregateId().equals(application)).map(Capture::live).distinct())
                .hasSize((int) captures.stream().filter(c -> c.aggregateId().equals(application)).count());

        Response procurementState = audit().get(AUDIT + process + "/state");
        assertThat(procurementState.json().get("aggregateType").asText()).isEqualTo("ProcurementProcess");
        assertThat(procurementState.json().at("/state/status").asText()).isEqualTo("COMPLETED");
        assertThat(audit().get(AUDIT + application + "/state").json().get("aggregateType").asText())
                .isEqualTo("FundApplication");

        whatChangedBetweenTwoInstants(application);
        beforeItsFirstEventTheAggregateDidNotExist(application);
    }

    private void whatChangedBetweenTwoInstants(String application) {
        List<Capture> steps = captures.stream().filter(c -> c.aggregateId().equals(application)).toList();
        Capture submitted = steps.get(1);
        Capture rejected = steps.get(steps.size() - 1);
        Response r = audit().get(AUDIT + application + "/changes?from=" + submitted.at() + "&to=" + rejected.at());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("before")).isEqualTo(submitted.live());
        assertThat(r.json().get("after")).isEqualTo(rejected.live());
        assertThat(r.json().get("fromVersion").asLong()).isEqualTo(submitted.version());
        assertThat(r.json().get("toVersion").asLong()).isEqualTo(rejected.version());
        List<Long> sequences = new ArrayList<>();
        r.json().get("events").forEach(e -> sequences.add(e.get("sequence").asLong()));
        List<Long> expected = new ArrayList<>();
        for (long s = submitted.version() + 1; s <= rejected.version(); s++) {
            expected.add(s);
        }
        assertThat(sequences).isEqualTo(expected);
        List<String> paths = new ArrayList<>();
        r.json().get("changes").forEach(c -> paths.add(c.get("path").asText()));
        assertThat(paths).contains("/status").allSatisfy(p -> assertThat(p).startsWith("/"));
        JsonNode status = null;
        for (JsonNode change : r.json().get("changes")) {
            if (change.get("path").asText().equals("/status")) {
                status = change;
            }
        }
        assertThat(status.get("before").asText()).isEqualTo(submitted.live().get("status").asText());
        assertThat(status.get("after").asText()).isEqualTo("REJECTED");
        for (JsonNode change : r.json().get("changes")) {
            assertThat(submitted.live().at(change.get("path").asText()))
                    .as(change.get("path").asText()).isNotEqualTo(rejected.live().at(change.get("path").asText()));
        }

        // from before the application existed: no before state
        Response fromTheStart = audit().get(AUDIT + application + "/changes?from="
                + steps.get(0).at().minusMillis(1) + "&to=" + steps.get(0).at());
        assertThat(fromTheStart.json().get("before").isNull()).isTrue();
        assertThat(fromTheStart.json().get("events")).hasSize(1);
    }

    private void beforeItsFirstEventTheAggregateDidNotExist(String application) {
        Instant created = captures.stream().filter(c -> c.aggregateId().equals(application)).findFirst()
                .orElseThrow().at();
        refused(audit().get(AUDIT + application + "/state?at=" + created.minusNanos(1000)), 404,
                "AGGREGATE_NOT_YET_CREATED");
        refused(audit().get(AUDIT + application + "/changes?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z"),
                404, "AGGREGATE_NOT_YET_CREATED");
    }

    @Test
    void eventsComeInOrderPageByPageWithWhoDidItAndInWhichRequest() {
        String process = procurement();
        Response all = audit().get(AUDIT + process + "/events?limit=1000");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.header("Link")).isNull();
        JsonNode events = all.json().get("events");
        assertThat(events.size()).isGreaterThanOrEqualTo(6);
        assertThat(all.json().get("aggregateType").asText()).isEqualTo("ProcurementProcess");

        List<JsonNode> paged = new ArrayList<>();
        String path = AUDIT + process + "/events?limit=2";
        int pages = 0;
        while (path != null) {
            Response page = audit().get(path);
            assertThat(page.status()).isEqualTo(200);
            page.json().get("events").forEach(paged::add);
            pages++;
            String link = page.header("Link");
            JsonNode next = page.json().get("next");
            if (link == null) {
                assertThat(next.isNull()).isTrue();
                path = null;
            } else {
                Matcher m = NEXT.matcher(link);
                assertThat(m.find()).isTrue();
                assertThat(m.group(1)).isEqualTo(next.asText());
                path = m.group(1);
            }
        }
        assertThat(pages).isEqualTo((events.size() + 1) / 2);
        assertThat(paged).containsExactlyElementsOf(iterable(events));
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).get("sequence").asLong()).isEqualTo(i);
        }

        JsonNode planned = events.get(0);
        assertThat(planned.get("type").asText()).isEqualTo("cl.redlim.procurement.api.ProcurementPlannedEvent");
        assertThat(planned.at("/payload/buyer").asText()).isEqualTo(MAIPU);
        assertThat(planned.at("/payload/processId").asText()).isEqualTo(process);
        assertThat(planned.get("eventId").asText()).isNotBlank();
        assertThat(Instant.parse(planned.get("timestamp").asText())).isBefore(Instant.now());
        for (JsonNode event : events) {
            assertThat(event.get("principal").asText()).isEqualTo("maipu.sistema");
            assertThat(event.get("role").asText()).isEqualTo("integrator");
            assertThat(event.get("client").asText()).isEqualTo("Municipalidad de Maipú");
            assertThat(event.get("causationId").asText()).isNotBlank();
            assertThat(event.at("/metaData/principal").asText()).isEqualTo("maipu.sistema");
            assertThat(event.at("/metaData/scopeCommunes").asText()).isEqualTo(MAIPU);
        }
        // the request's X-Correlation-Id, echoed by the API, is on every event the request caused
        String correlation = "asof-" + UUID.randomUUID();
        Response planned2 = plan(system.as(maipu).with("X-Correlation-Id", correlation));
        assertThat(planned2.header("X-Correlation-Id")).isEqualTo(correlation);
        String other = ok(planned2, 201).json().get("id").asText();
        JsonNode first = audit().get(AUDIT + other + "/events").json().get("events").get(0);
        assertThat(first.get("correlationId").asText()).isEqualTo(correlation);
        assertThat(first.at("/metaData/correlationId").asText()).isEqualTo(correlation);
    }

    @Test
    void badParametersAreRefusedAsProblems() {
        String process = procurement();
        refused(audit().get(AUDIT + process + "/state?at=yesterday"), 400, "VALIDATION_FAILED");
        refused(audit().get(AUDIT + process + "/state?at=2027-13-01T00:00:00Z"), 400, "VALIDATION_FAILED");
        refused(audit().get(AUDIT + process + "/state?at=2027-01-01T00:00:00Z&sequence=1"), 400,
                "VALIDATION_FAILED");
        refused(audit().get(AUDIT + process + "/state?sequence=-1"), 400, "VALIDATION_FAILED");
        refused(audit().get(AUDIT + process + "/state?sequence=x"), 400, "MALFORMED_REQUEST");
        refused(audit().get(AUDIT + process + "/events?limit=0"), 400, "VALIDATION_FAILED");
        refused(audit().get(AUDIT + process + "/events?limit=1001"), 400, "VALIDATION_FAILED");
        refused(audit().get(AUDIT + process + "/events?limit=many"), 400, "MALFORMED_REQUEST");
        refused(audit().get(AUDIT + process + "/events?fromSequence=-5"), 400, "VALIDATION_FAILED");
        refused(audit().get(AUDIT + process + "/changes?from=2027-02-01T00:00:00Z&to=2027-01-01T00:00:00Z"),
                400, "VALIDATION_FAILED");
        refused(audit().get(AUDIT + process + "/changes"), 400, "MALFORMED_REQUEST");
        refused(audit().get(AUDIT + process + "/state?sequence=1000"), 404, "NOT_FOUND");
        refused(audit().get(AUDIT + UUID.randomUUID() + "/events"), 404, "NOT_FOUND");
        refused(audit().get(AUDIT + UUID.randomUUID() + "/state"), 404, "NOT_FOUND");
        refused(audit().get(AUDIT + UUID.randomUUID() + "/changes?from=2020-01-01T00:00:00Z"), 404, "NOT_FOUND");
        // every aggregate of the territory is readable: a CUT code, a province, a region
        assertThat(audit().get(AUDIT + MAIPU + "/state").json().at("/state/name").asText()).isEqualTo("Maipú");
        assertThat(audit().get(AUDIT + MAIPU + "/events").json().get("events")).hasSize(2);
    }

    /** Not a timing assertion: it prints what an auditor waits for an aggregate of 10,000 events. */
    @Test
    void anAggregateOfTenThousandEventsIsRebuiltQuickly() {
        String santiago = "13101";
        EventStore store = system.context().getBean(EventStore.class);
        long last = store.lastSequenceNumberFor(santiago).orElseThrow();
        List<DomainEventMessage<?>> events = new ArrayList<>();
        CommuneGroup[] groups = CommuneGroup.values();
        for (int i = 1; events.size() + last + 1 < 10_000; i++) {
            events.add(new GenericDomainEventMessage<>("Commune", santiago, last + i, new CommuneClassifiedEvent(
                    CommuneCode.of(santiago), groups[i % groups.length], Rurality.values()[i % 3],
                    Instant.parse("2027-01-01T00:00:00Z").plusSeconds(i))));
        }
        store.publish(events);

        AggregateHistory history = system.context().getBean(AggregateHistory.class);
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            history.state(santiago, null, null);
            audit().get(AUDIT + santiago + "/state");
            live(santiago);
        }
        long replay = Long.MAX_VALUE;
        long http = Long.MAX_VALUE;
        long axon = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long t0 = System.nanoTime();
            history.state(santiago, null, null);
            long t1 = System.nanoTime();
            Response r = audit().get(AUDIT + santiago + "/state");
            long t2 = System.nanoTime();
            live(santiago);
            long t3 = System.nanoTime();
            replay = Math.min(replay, t1 - t0);
            http = Math.min(http, t2 - t1);
            axon = Math.min(axon, t3 - t2);
            assertThat(r.json().get("version").asLong()).isEqualTo(9_999);
        }
        System.out.printf("As-of state of an aggregate of 10,000 events (H2 event store), best of 5: replay %.1f ms, "
                + "over HTTP %.1f ms; Axon's repository loading the same aggregate: %.1f ms%n",
                replay / 1e6, http / 1e6, axon / 1e6);
        assertThat(audit().get(AUDIT + santiago + "/state").json().get("state")).isEqualTo(live(santiago).live());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Driving aggregates through their life, capturing the live state after each command
    // ---------------------------------------------------------------------------------------------------------------

    private String fundCall() {
        Instant now = Instant.now();
        Response created = system.as(officer).post("/api/v1/fund-calls", """
                {"title": "FIM as-of", "totalBudget": 100000000,
                 "groupCaps": [{"group":1,"cap":60000000},{"group":2,"cap":60000000},{"group":3,"cap":100000000},
                               {"group":4,"cap":100000000},{"group":5,"cap":100000000}],
                 "opensAt": "%s", "closesAt": "%s",
                 "criteria": [{"id":"impact","name":"Public value","weight":60},
                              {"id":"feasibility","name":"Feasibility","weight":40}],
                 "minimumScore": 60}""".formatted(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(30))));
        String call = ok(created, 201).json().get("id").asText();
        capture("call published", call);
        return call;
    }

    private String fundApplication(String call) {
        String app = ok(system.as(maipu).post("/api/v1/fund-applications", """
                {"callId": "%s", "commune": "%s", "title": "Ventanilla única", "description": "Trámites en línea",
                 "requestedAmount": 30000000, "beneficiaries": 1000}""".formatted(call, MAIPU)), 201)
                .json().get("id").asText();
        capture("application drafted", app);
        ok(system.as(maipu).post("/api/v1/fund-applications/" + app + "/submission", ""), 204);
        capture("application submitted", app);
        ok(system.as(officer).post("/api/v1/fund-applications/" + app + "/admissibility", "{\"admissible\": true}"),
                204);
        capture("application admissible", app);
        for (String evaluator : List.of("ana.rojas", "luis.soto")) {
            String key = system.issue("{\"client\": \"Evaluator " + evaluator + "\", \"role\": \"evaluator\", "
                    + "\"subject\": \"" + evaluator + "\"}");
            ok(system.as(key).put("/api/v1/fund-evaluators/" + evaluator + "/interests",
                    "{\"name\": \"" + evaluator + "\", \"tiedCommunes\": [\"13120\"]}"), 204);
            if (evaluator.equals("ana.rojas")) {
                capture("evaluator declared", DeclareEvaluatorInterestsCommand.aggregateIdOf(evaluator));
                ok(system.as(key).put("/api/v1/fund-evaluators/" + evaluator + "/interests",
                        "{\"name\": \"Ana Rojas\", \"tiedCommunes\": [\"13120\", \"13121\"]}"), 204);
                capture("evaluator declared again", DeclareEvaluatorInterestsCommand.aggregateIdOf(evaluator));
            }
            ok(system.as(key).post("/api/v1/fund-applications/" + app + "/evaluations", """
                    {"evaluatorId": "%s", "scores": [{"criterionId": "impact", "score": 70},
                     {"criterionId": "feasibility", "score": 50}]}""".formatted(evaluator)), 204);
            capture("application evaluated by " + evaluator, app);
        }
        ok(system.as(officer).post("/api/v1/fund-applications/" + app + "/rejection",
                "{\"reason\": \"Bajo el puntaje mínimo\"}"), 204);
        capture("application rejected", app);
        ok(system.as(officer).post("/api/v1/fund-calls/" + call + "/closure", ""), 204);
        capture("call closed", call);
        return app;
    }

    private String procurement() {
        String process = procurementPlanned();
        capture("purchase planned", process);
        String award = ok(system.as(maipu).post("/api/v1/procurements/" + process + "/direct-award",
                "{\"supplier\": \"76567890-0\", \"supplierName\": \"Ingeniería Los Lagos SpA\", \"amount\": 47300000}"),
                201).json().get("id").asText();
        capture("purchase awarded", process);
        String contract = ok(system.as(maipu).post("/api/v1/procurements/" + process + "/contracts",
                "{\"awardId\": \"" + award + "\", \"value\": 47300000, \"startsOn\": \"2026-12-01\", "
                        + "\"endsOn\": \"2027-06-30\"}"), 201).json().get("id").asText();
        capture("contract signed", process);
        String order = ok(system.as(maipu).post("/api/v1/procurements/" + process + "/contracts/" + contract
                + "/purchase-orders", "{\"amount\": 47300000, \"description\": \"Orden de compra\"}"), 201)
                .json().get("id").asText();
        capture("purchase order issued", process);
        ok(system.as(maipu).post("/api/v1/procurements/" + process + "/contracts/" + contract + "/payments",
                "{\"amount\": 47300000, \"orderId\": \"" + order + "\"}"), 201);
        capture("paid", process);
        ok(system.as(maipu).post("/api/v1/procurements/" + process + "/completion", "{}"), 204);
        capture("purchase completed", process);
        return process;
    }

    private String procurementPlanned() {
        return ok(plan(system.as(maipu)), 201).json().get("id").asText();
    }

    private static Response plan(Client client) {
        return client.post("/api/v1/procurements", """
                {"buyer": "%s", "title": "Reparación urgente de colector", "description": "Compra de prueba",
                 "category": "WORKS", "items": [{"description": "Obra", "quantity": 1, "unit": "global"}],
                 "estimatedAmount": 48000000, "utmValue": 68000, "method": "DIRECT_AWARD",
                 "directAwardGround": "EMERGENCY", "justification": "Colapso tras sistema frontal"}
                """.formatted(MAIPU));
    }

    private void capture(String what, String aggregateId) {
        captures.add(live(aggregateId).withWhat(what));
    }

    /** The aggregate as the running app holds it, through Axon's repository, and its last stored event. */
    private Capture live(String aggregateId) {
        EventStore store = system.context().getBean(EventStore.class);
        DomainEventStream stream = store.readEvents(aggregateId, 0);
        DomainEventMessage<?> last = null;
        while (stream.hasNext()) {
            last = stream.next();
        }
        assertThat(last).as("events of " + aggregateId).isNotNull();
        String type = last.getType();
        Configuration axon = system.context().getBean(Configuration.class);
        @SuppressWarnings("rawtypes")
        AggregateConfiguration aggregate = axon.findModules(AggregateConfiguration.class).stream()
                .filter(a -> a.aggregateType().getSimpleName().equals(type)).findFirst().orElseThrow();
        AggregateStateRenderer renderer = system.context().getBean(AggregateStateRenderer.class);
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            org.axonframework.modelling.command.Aggregate<?> loaded = aggregate.repository().load(aggregateId);
            assertThat(loaded.version()).isEqualTo(last.getSequenceNumber());
            // read back from text, as the HTTP answers are: a long 60 and an int 60 are then the same node
            JsonNode state = RunningSystem.JSON.readTree(loaded.invoke(renderer::render).toString());
            return new Capture(null, aggregateId, last.getTimestamp(), last.getSequenceNumber(), state);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } finally {
            unitOfWork.rollback();
        }
    }

    private Client audit() {
        return system.as(auditor);
    }

    private static Response ok(Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r;
    }

    private static void refused(Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).as(r.body()).isEqualTo(code);
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
