package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Part;
import cl.redlim.app.standalone.RunningSystem.Response;
import cl.redlim.document.api.DocumentNumberAllocatedEvent;
import cl.redlim.document.api.DocumentNumberedEvent;
import cl.redlim.fund.api.FundApplicationAwardedEvent;
import cl.redlim.fund.api.FundCallBudgetAllocatedEvent;
import cl.redlim.fund.api.FundTranchePaidEvent;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 64 clients race over real HTTP for things only one (or a few) may get: the last money of a fund call, the next
 * document numbers of a municipality, the payment of one tranche. The invariants are checked on the event store
 * itself and on the read models: no overspend, no duplicate or missing number, no double payment, and every loser
 * gets a problem answer, never a 5xx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrencyInvariantsIT {

    private static final int CLIENTS = 64;
    private static final String MAIPU = "13119";      // group 2
    private static final String PENALOLEN = "13122";  // group 1
    private static final long BUDGET = 100_000_000L;
    private static final long GROUP_1_CAP = 30_000_000L;
    private static final long ASKED = 30_000_000L;

    @TempDir
    static Path data;

    private RunningSystem system;
    private RunningSystem.Client office;
    private RunningSystem.Client city;
    private final List<String> awarded = new ArrayList<>();

    @BeforeAll
    void start() {
        system = RunningSystem.start(data);
        system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
        office = system.as(system.issue("{\"client\": \"FIM\", \"role\": \"fund-officer\"}"));
        city = system.as(system.issue("{\"client\": \"Municipios\", \"role\": \"integrator\", \"communes\": [\""
                + MAIPU + "\", \"" + PENALOLEN + "\"], \"subject\": \"secretaria\"}"));
        ok(system.admin().put("/api/v1/territory/communes/" + MAIPU + "/classification",
                "{\"group\": 2, \"rurality\": \"PREDOMINANTLY_URBAN\"}"));
        ok(system.admin().put("/api/v1/territory/communes/" + PENALOLEN + "/classification",
                "{\"group\": 1, \"rurality\": \"PREDOMINANTLY_URBAN\"}"));
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    /**
     * 16 evaluated applications of 30,000,000 each (8 in group 1, capped at 30,000,000; 8 in group 2) for a call of
     * 100,000,000: whatever the order, exactly three awards fit (at most one of group 1). Four clients per
     * application: the duplicates must lose too.
     */
    @Test
    @Order(1)
    void racingAwardsNeverOverspendTheCallOrAGroupCap() throws Exception {
        String call = publishCall();
        List<String> apps = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            apps.add(draft(call, i % 2 == 0 ? PENALOLEN : MAIPU, i));
        }
        evaluate(apps);
        ok(office.post("/api/v1/fund-calls/" + call + "/closure", ""));

        List<Response> answers = Race.of(CLIENTS, i -> () -> office.post("/api/v1/fund-applications/"
                + apps.get(i % apps.size()) + "/award", "{\"amount\": " + ASKED + "}"));

        List<String> winners = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Response r = answers.get(i);
            if (r.status() == 204) {
                winners.add(apps.get(i % apps.size()));
            } else {
                assertProblem(r, Set.of("INSUFFICIENT_CALL_BUDGET", "GROUP_CAP_EXCEEDED", "INVALID_STATE_TRANSITION",
                        "CONCURRENT_MODIFICATION"));
            }
        }
        assertThat(winners).as("awards accepted").hasSize(3).doesNotHaveDuplicates();

        List<JsonNode> allocations = StoredEvents.payloads(system, FundCallBudgetAllocatedEvent.class).stream()
                .filter(e -> e.get("callId").asText().equals(call)).toList();
        assertThat(allocations).hasSize(3);
        assertThat(allocations.stream().map(e -> e.get("applicationId").asText()).toList())
                .containsExactlyInAnyOrderElementsOf(winners);
        long total = allocations.stream().mapToLong(e -> amount(e.get("amount"))).sum();
        long group1 = allocations.stream().filter(e -> e.get("group").asInt() == 1)
                .mapToLong(e -> amount(e.get("amount"))).sum();
        assertThat(total).isEqualTo(3 * ASKED).isLessThanOrEqualTo(BUDGET);
        assertThat(group1).isLessThanOrEqualTo(GROUP_1_CAP);
        List<JsonNode> awards = StoredEvents.payloads(system, FundApplicationAwardedEvent.class).stream()
                .filter(e -> apps.contains(e.get("applicationId").asText())).toList();
        assertThat(awards.stream().map(e -> e.get("applicationId").asText()).toList())
                .containsExactlyInAnyOrderElementsOf(winners);

        JsonNode view = system.await("/api/v1/public/fund-calls/" + call,
                j -> j.get("awardedApplications").asInt() == 3);
        assertThat(view.get("awarded").asLong()).isEqualTo(3 * ASKED);
        assertThat(view.get("remaining").asLong()).isEqualTo(BUDGET - 3 * ASKED);
        awarded.addAll(winners);
    }

    /** 64 signed documents of one municipality numbered at once: numbers 1 to 64, each once, in the store and read. */
    @Test
    @Order(2)
    void racingNumberingsGiveEveryDocumentOneNumberWithoutGapOrDuplicate() throws Exception {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Response loaded = city.postMultipart("/api/v1/documents", Part.json("metadata", """
                    {"municipality": "%s", "type": "DECREE", "title": "Decreto %d",
                     "author": "Secretaría Municipal", "classification": "PUBLIC"}""".formatted(MAIPU, i)),
                    Part.file("decreto-" + i + ".pdf", "application/pdf", DocumentFlowIT.pdf("Decreto numero " + i)));
            assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
            String d = "/api/v1/documents/" + loaded.json().get("id").asText();
            ok(city.post(d + "/review", "{\"version\": 1, \"reviewerName\": \"Ana Rojas\"}"));
            ok(city.post(d + "/signatures", "{\"version\": 1, \"signerName\": \"Alcalde\", \"signerPosition\": \"Alcalde\"}"));
            docs.add(loaded.json().get("id").asText());
        }

        List<Response> answers = Race.of(CLIENTS, i -> () -> city.post("/api/v1/documents/" + docs.get(i)
                + "/numbering", "{\"version\": 1}"));
        answers.forEach(r -> assertThat(r.status()).as(r.body()).isEqualTo(204));

        List<Long> expected = LongStream.rangeClosed(1, CLIENTS).boxed().toList();
        Map<String, Long> numbered = StoredEvents.payloads(system, DocumentNumberedEvent.class).stream()
                .collect(Collectors.toMap(e -> e.get("documentId").asText(), e -> e.get("number").asLong()));
        assertThat(numbered.keySet()).containsExactlyInAnyOrderElementsOf(docs);
        assertThat(numbered.values()).containsExactlyInAnyOrderElementsOf(expected);
        List<JsonNode> allocated = StoredEvents.payloads(system, DocumentNumberAllocatedEvent.class);
        assertThat(allocated.stream().map(e -> e.get("number").asLong()).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        for (String doc : docs) {
            JsonNode view = system.await("/api/v1/public/documents/" + doc,
                    j -> j.at("/versions/0/number").isNumber());
            assertThat(view.at("/versions/0/number").asLong()).isEqualTo(numbered.get(doc));
        }
    }

    /**
     * One tranche of an awarded application paid by 64 identical requests, first without an Idempotency-Key (one
     * wins, the others are refused), then, for another application, all with the same key (one pays, the others
     * get its answer replayed). Either way the store holds exactly one payment.
     */
    @Test
    @Order(3)
    void racingPaymentsOfOneTranchePayItOnce() throws Exception {
        assertThat(awarded).as("the awards race ran first").hasSize(3);
        String plain = awarded.get(0);
        String keyed = awarded.get(1);
        for (String app : List.of(plain, keyed)) {
            ok(office.post("/api/v1/fund-applications/" + app + "/agreement", "{\"reference\": \"CONV-" + app + "\"}"));
        }
        String pay = "{\"tranche\": 1, \"amount\": 10000000}";

        List<Response> withoutKey = Race.of(CLIENTS, i -> () -> office.post("/api/v1/fund-applications/" + plain
                + "/disbursements", pay));
        assertThat(withoutKey.stream().filter(r -> r.status() == 204)).hasSize(1);
        withoutKey.stream().filter(r -> r.status() != 204).forEach(r -> assertProblem(r,
                Set.of("TRANCHE_OUT_OF_ORDER", "CONCURRENT_MODIFICATION")));

        RunningSystem.Client sameKey = office.with("Idempotency-Key", "pay-" + keyed + "-1");
        List<Response> withKey = Race.of(CLIENTS, i -> () -> sameKey.post("/api/v1/fund-applications/" + keyed
                + "/disbursements", pay));
        withKey.forEach(r -> {
            if (r.status() != 204) {
                assertProblem(r, Set.of("TRANCHE_OUT_OF_ORDER", "CONCURRENT_MODIFICATION"));
            }
        });
        assertThat(withKey.stream().filter(r -> r.status() == 204 && r.header("Idempotent-Replayed") == null))
                .as("answers that were not replays").hasSize(1);

        Map<String, Long> payments = new HashMap<>();
        StoredEvents.payloads(system, FundTranchePaidEvent.class)
                .forEach(e -> payments.merge(e.get("applicationId").asText(), 1L, Long::sum));
        assertThat(payments).containsEntry(plain, 1L).containsEntry(keyed, 1L);
        for (String app : List.of(plain, keyed)) {
            JsonNode view = system.await("/api/v1/public/fund-applications/" + app,
                    j -> j.get("disbursedAmount").asLong() > 0);
            assertThat(view.get("disbursedAmount").asLong()).isEqualTo(10_000_000L);
            assertThat(view.get("tranches")).hasSize(1);
        }
    }

    private String publishCall() {
        Response created = office.post("/api/v1/fund-calls", """
                {"title": "Race call", "totalBudget": %d,
                 "groupCaps": [{"group":1,"cap":%d},{"group":2,"cap":%d},{"group":3,"cap":%d},
                               {"group":4,"cap":%d},{"group":5,"cap":%d}],
                 "opensAt": "%s", "closesAt": "%s",
                 "criteria": [{"id":"impact","name":"Public value","weight":100}], "minimumScore": 60}"""
                .formatted(BUDGET, GROUP_1_CAP, BUDGET, BUDGET, BUDGET, BUDGET,
                        Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofDays(30))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private String draft(String call, String commune, int i) {
        Response r = city.post("/api/v1/fund-applications", """
                {"callId": "%s", "commune": "%s", "title": "Proyecto %d", "description": "D",
                 "requestedAmount": %d, "beneficiaries": 100}""".formatted(call, commune, i, ASKED));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().get("id").asText();
        ok(city.post("/api/v1/fund-applications/" + id + "/submission", ""));
        ok(office.post("/api/v1/fund-applications/" + id + "/admissibility", "{\"admissible\": true}"));
        return id;
    }

    private void evaluate(List<String> apps) {
        for (String evaluator : List.of("luis.soto", "sofia.vera")) {
            RunningSystem.Client key = system.as(system.issue("{\"client\": \"" + evaluator
                    + "\", \"role\": \"evaluator\", \"subject\": \"" + evaluator + "\"}"));
            ok(key.put("/api/v1/fund-evaluators/" + evaluator + "/interests",
                    "{\"name\": \"" + evaluator + "\", \"tiedCommunes\": []}"));
            for (String app : apps) {
                ok(key.post("/api/v1/fund-applications/" + app + "/evaluations", "{\"evaluatorId\": \"" + evaluator
                        + "\", \"scores\": [{\"criterionId\": \"impact\", \"score\": 80}]}"));
            }
        }
    }

    private static long amount(JsonNode clp) {
        return clp.isObject() ? clp.get("amount").asLong() : clp.asLong();
    }

    private static void assertProblem(Response r, Set<String> codes) {
        assertThat(r.status()).as(r.body()).isBetween(400, 499);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).as(r.body()).isIn(codes);
    }

    private static void ok(Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 299);
    }
}
