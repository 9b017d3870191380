package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Response;
import cl.redlim.procurement.query.ocds.OcdsValidator;
import cl.redlim.procurement.query.ocds.OcdsValidator.Report;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Procurement end to end, driven over HTTP by municipal integrators against the real system: an amended tender, a
 * void tender, a direct award, a multi-lot award, a Compra Ágil and a terminated contract, with the demo's 18
 * processes beside them. Publication periods are configured in seconds so that real tenders open, close and are
 * opened within the test. Every OCDS package the API serves validates against the official 1.1.5 schemas and
 * codelists with zero errors; every record's compiled release is the OCDS merge of its releases; bids stay sealed
 * until opened; and the transparency read models agree.
 */
class ProcurementFlowIT {

    private static final String OCDS = "/api/v1/public/ocds";
    private static final OcdsValidator VALIDATOR = OcdsValidator.instance();
    private static final String MAIPU = "13119";
    private static final String SANTIAGO = "13101";
    private static final String PENALOLEN = "13122";
    private static final String LA_FLORIDA = "13110";
    private static final String PUENTE_ALTO = "13201";
    private static final String VALPARAISO = "05101";

    @TempDir
    Path data;

    private RunningSystem system;
    private String city;
    private int releasePackages;
    private int recordPackages;

    @Test
    void fullProcurementsOverHttpArePublishedAsValidOcds() throws Exception {
        List<String> args = new ArrayList<>(List.of("--redlim.demo=true"));
        for (String type : List.of("l1", "le", "lp", "lq", "lr", "compra-agil")) {
            args.add("--redlim.procurement." + type + ".publication=PT3S");
            args.add("--redlim.procurement." + type + ".open-after-amendment=PT9S");
        }
        for (String type : List.of("le", "lp", "lq")) {
            args.add("--redlim.procurement." + type + ".reduced-publication=PT2S");
        }
        system = RunningSystem.start(data, args.toArray(String[]::new));
        try {
            city = system.issue("{\"client\": \"Municipios RM y Valparaíso\", \"role\": \"integrator\", "
                    + "\"regions\": [\"13\"], \"communes\": [\"" + VALPARAISO + "\"]}");
            run();
        } finally {
            System.out.printf("Procurement IT: %d release packages and %d record packages served, 0 errors%n",
                    releasePackages, recordPackages);
            system.close();
        }
    }

    private void run() throws InterruptedException {
        Instant closes = Instant.now().plusSeconds(8);

        // an LE tender amended at once: 9 s must remain open after an amendment, so the rules extend its closing
        String amended = plan(MAIPU, "Mantención de áreas verdes", "PUBLIC_TENDER", 38_000_000, oneItem(), "");
        ok(post(amended + "/tender", "{\"closesAt\": \"" + closes + "\"}"), 204);
        ok(post(amended + "/tender/amendments", "{\"rationale\": \"Se aclara la superficie\", "
                + "\"description\": \"18.500 m2 con plano\"}"), 204);
        // an L1 tender with a single bid, inadmissible: void
        String voided = plan(SANTIAGO, "Útiles de oficina", "PUBLIC_TENDER", 4_000_000, oneItem(), "");
        ok(post(voided + "/tender", "{\"closesAt\": \"" + closes + "\"}"), 204);
        // an LP tender in two lots
        String lots = plan(PENALOLEN, "Equipamiento computacional", "PUBLIC_TENDER", 95_000_000,
                items("notebooks", "proyectores"), "");
        ok(post(lots + "/tender", "{\"closesAt\": \"" + closes + "\"}"), 204);
        // a Compra Ágil with three quotes
        String agil = plan(LA_FLORIDA, "Insumos para taller", "COMPRA_AGIL", 3_100_000, oneItem(), "");
        ok(post(agil + "/tender", "{\"closesAt\": \"" + closes + "\"}"), 204);

        String[] amendedBids = {bid(amended, "76112233-9", 36_512_345, null),
                bid(amended, "77445566-3", 34_987_654, null), bid(amended, "76778899-1", 37_211_111, null)};
        String voidBid = bid(voided, "96456789-1", 3_900_000, null);
        String[] lotBids = {bid(lots, "96456789-1", 71_000_000, "notebooks"), bid(lots, "77234567-4", 74_500_000,
                "notebooks"), bid(lots, "96456789-1", 17_200_000, "proyectores"), bid(lots, "76901234-6", 15_900_000,
                "proyectores")};
        String[] quotes = {bid(agil, "76901234-6", 2_980_000, null), bid(agil, "77234567-4", 3_050_000, null),
                bid(agil, "76123456-0", 2_890_000, null)};

        // sealed: nothing public reveals a bid before the opening, only how many there are
        await(amended, 6);
        String served = system.get(OCDS + "/releases/" + ocid(amended)).body()
                + system.get(OCDS + "/records/" + ocid(amended) + "?versioned=true").body()
                + system.get("/api/v1/public/procurements/" + amended).body()
                + system.get(OCDS + "/export.jsonl").body();
        for (String secret : List.of("76112233-9", "77445566-3", "76778899-1", "36512345", "34987654", "37211111",
                amendedBids[0], amendedBids[1], amendedBids[2])) {
            assertThat(served).as("before the opening nothing may reveal " + secret).doesNotContain(secret);
        }
        assertThat(ok(post(amended + "/bid-opening", "{}"), 422).code()).isEqualTo("TENDER_STILL_OPEN");
        JsonNode tenderPeriod = record(amended).at("/compiledRelease/tender/tenderPeriod");
        assertThat(Instant.parse(tenderPeriod.get("endDate").asText())).as("extended by the amendment rule")
                .isAfter(closes);

        // the other three close at `closes`; the amended one later
        sleepUntil(closes.plusMillis(300));
        assertThat(ok(post(voided + "/bids", bidBody("76901234-6", 3_800_000, null)), 422).code())
                .isEqualTo("TENDER_NOT_OPEN");
        for (String p : List.of(voided, lots, agil)) {
            ok(post(p + "/bid-opening", "{}"), 204);
        }
        ok(post(voided + "/bids/" + voidBid + "/admissibility", "{\"admissible\": false, "
                + "\"reasons\": [\"Sin boleta de garantía\"]}"), 204);
        ok(post(voided + "/void", "{\"reason\": \"Única oferta inadmisible\"}"), 204);

        for (String b : lotBids) {
            ok(post(lots + "/bids/" + b + "/admissibility", "{\"admissible\": true, \"reasons\": []}"), 204);
        }
        ok(post(lots + "/evaluation", scores(lotBids, 82, 71, 66, 79)), 204);
        ok(post(lots + "/award", "{\"bidIds\": [\"" + lotBids[0] + "\", \"" + lotBids[3] + "\"]}"), 204);
        String notebooks = contract(lots, lotBids[0], 71_000_000);
        String projectors = contract(lots, lotBids[3], 15_900_000);
        pay(lots, notebooks, 71_000_000);
        pay(lots, projectors, 15_900_000);
        ok(post(lots + "/completion", "{}"), 204);

        ok(post(agil + "/award", "{\"bidIds\": [\"" + quotes[2] + "\"]}"), 204);
        pay(agil, contract(agil, quotes[2], 2_890_000), 2_890_000);
        ok(post(agil + "/completion", "{}"), 204);

        // a direct award on emergency grounds, paid and completed
        String direct = plan(VALPARAISO, "Reparación urgente de colector", "DIRECT_AWARD", 48_000_000, oneItem(),
                ", \"directAwardGround\": \"EMERGENCY\", \"justification\": \"Colapso tras sistema frontal\"");
        String directAward = created(post(direct + "/direct-award", "{\"supplier\": \"76567890-0\", "
                + "\"supplierName\": \"Ingeniería Los Lagos SpA\", \"amount\": 47300000}"));
        pay(direct, contract(direct, directAward, 47_300_000), 47_300_000);
        ok(post(direct + "/completion", "{}"), 204);

        // a framework purchase whose contract is amended, then terminated
        String framework = plan(PUENTE_ALTO, "Mobiliario vía convenio marco", "FRAMEWORK_AGREEMENT", 9_600_000,
                oneItem(), ", \"frameworkAgreementId\": \"2239-7-LR23\"");
        String frameworkAward = created(post(framework + "/direct-award", "{\"supplier\": \"77678901-1\", "
                + "\"supplierName\": \"Mobiliario Arauco Ltda.\", \"amount\": 9420000}"));
        String furniture = contract(framework, frameworkAward, 9_420_000);
        assertThat(ok(post(framework + "/contracts/" + furniture + "/amendments", "{\"value\": 12246001, "
                + "\"rationale\": \"Más sillas\"}"), 422).code()).isEqualTo("CONTRACT_AMENDMENT_LIMIT");
        ok(post(framework + "/contracts/" + furniture + "/amendments", "{\"value\": 12246000, "
                + "\"rationale\": \"Más sillas\"}"), 204);
        pay(framework, furniture, 4_000_000);
        ok(post(framework + "/contracts/" + furniture + "/termination", "{\"reason\": \"Incumplimiento de plazos\"}"),
                204);

        // the amended tender, once its extended closing has passed
        sleepUntil(Instant.parse(tenderPeriod.get("endDate").asText()).plusMillis(300));
        ok(post(amended + "/bid-opening", "{}"), 204);
        for (String admitted : List.of(amendedBids[0], amendedBids[1])) {
            ok(post(amended + "/bids/" + admitted + "/admissibility", "{\"admissible\": true, \"reasons\": []}"), 204);
        }
        ok(post(amended + "/bids/" + amendedBids[2] + "/admissibility", "{\"admissible\": false, "
                + "\"reasons\": [\"Oferta fuera de plazo de vigencia\"]}"), 204);
        ok(post(amended + "/evaluation", scores(new String[]{amendedBids[0], amendedBids[1]}, 75, 88)), 204);
        ok(post(amended + "/award", "{\"bidIds\": [\"" + amendedBids[1] + "\"]}"), 204);
        pay(amended, contract(amended, amendedBids[1], 34_987_654), 2_908_000);
        ok(post(amended + "/completion", "{}"), 204);

        Map<String, List<String>> tags = new LinkedHashMap<>();
        tags.put(amended, List.of("planning", "tender", "tenderAmendment", "tenderUpdate", "tenderUpdate",
                "tenderUpdate", "tenderUpdate", "tenderUpdate", "tenderUpdate", "tenderUpdate", "tenderUpdate",
                "award", "contract", "implementation", "implementationUpdate", "contractUpdate"));
        tags.put(voided, List.of("planning", "tender", "tenderUpdate", "tenderUpdate", "tenderUpdate", "tenderUpdate"));
        tags.put(direct, List.of("planning", "award", "contract", "implementation", "implementationUpdate",
                "contractUpdate"));
        tags.put(framework, List.of("planning", "award", "contract", "contractAmendment", "implementation",
                "implementationUpdate", "contractTermination"));
        tags.put(lots, null);
        tags.put(agil, null);
        for (var process : tags.entrySet()) {
            List<JsonNode> releases = published(process.getKey());
            if (process.getValue() != null) {
                assertThat(releases.stream().map(r -> r.at("/tag/0").asText()).toList()).as(process.getKey())
                        .isEqualTo(process.getValue());
            }
            JsonNode record = record(process.getKey());
            assertThat(record.get("compiledRelease")).as("compiled release of " + process.getKey())
                    .isEqualTo(OcdsValidator.compiledFrom(releases));
            JsonNode versioned = versionedRecord(process.getKey());
            assertThat(versioned.get("versionedRelease")).isEqualTo(OcdsValidator.versionedFrom(releases));
        }

        JsonNode compiled = record(voided).get("compiledRelease");
        assertThat(compiled.at("/tender/status").asText()).isEqualTo("unsuccessful");
        compiled = record(lots).get("compiledRelease");
        assertThat(compiled.get("awards")).hasSize(2);
        assertThat(compiled.get("contracts")).hasSize(2);
        assertThat(compiled.at("/tender/procurementMethodDetails").asText()).contains("LP");
        compiled = record(framework).get("compiledRelease");
        assertThat(compiled.at("/contracts/0/status").asText()).isEqualTo("terminated");
        assertThat(compiled.at("/contracts/0/value/amount").asLong()).isEqualTo(12_246_000);
        compiled = record(direct).get("compiledRelease");
        assertThat(compiled.at("/tender/procurementMethod").asText()).isEqualTo("direct");
        assertThat(compiled.at("/parties").toString()).contains("Municipalidad de Valparaíso", "CL-RUT-76567890-0");
        compiled = record(amended).get("compiledRelease");
        assertThat(compiled.at("/tender/amendments")).hasSize(1);
        assertThat(compiled.at("/bids/details")).hasSize(3);

        // the transparency read model tells the same story
        JsonNode view = system.await("/api/v1/public/procurements/" + framework,
                j -> "TERMINATED".equals(j.path("status").asText()));
        assertThat(view.get("method").asText()).isEqualTo("FRAMEWORK_AGREEMENT");
        assertThat(system.await("/api/v1/public/procurements/" + voided,
                j -> "VOID".equals(j.path("status").asText())).get("voidReason").asText())
                .isEqualTo("Única oferta inadmisible");

        // every package of every process, the demo's included, page by page and in bulk
        system.await(OCDS + "/records?size=100", j -> j.get("records").size() == 18 + tags.size());
        int processes = everyPageValidates();
        assertThat(processes).isEqualTo(18 + tags.size());
        List<String> lines = system.get(OCDS + "/export.jsonl?type=records").body().lines().toList();
        assertThat(lines).hasSize(processes);
        lines.forEach(l -> clean(VALIDATOR.validateRecord(l), "exported record"));
    }

    /** Follows the record pages from the first; every record package and each record's release package validate. */
    private int everyPageValidates() {
        String path = OCDS + "/records?size=7";
        int records = 0;
        while (path != null) {
            JsonNode page = recordPackage(path);
            for (JsonNode record : page.get("records")) {
                records++;
                releasePackage(OCDS + "/releases/" + record.get("ocid").asText());
                recordPackage(OCDS + "/records/" + record.get("ocid").asText() + "?versioned=true");
            }
            JsonNode next = page.at("/links/next");
            path = next.isMissingNode() ? null : next.asText().substring(system.base().length());
        }
        return records;
    }

    private String plan(String buyer, String title, String method, long estimate, String items, String extra) {
        return created(system.as(city).post("/api/v1/procurements", """
                {"buyer": "%s", "title": "%s", "description": "Compra de prueba", "category": "GOODS",
                 "items": %s, "estimatedAmount": %d, "utmValue": 68000, "method": "%s"%s}
                """.formatted(buyer, title, items, estimate, method, extra)));
    }

    private static String oneItem() {
        return items((String) null);
    }

    /** One item per lot; one item without a lot when the only lot is null. */
    private static String items(String... lots) {
        List<String> items = new ArrayList<>();
        for (String lot : lots) {
            items.add("{\"description\": \"Ítem" + (lot == null ? "" : " " + lot) + "\", \"quantity\": 10, "
                    + "\"unit\": \"unidad\"" + (lot == null ? "" : ", \"lot\": \"" + lot + "\"") + "}");
        }
        return "[" + String.join(", ", items) + "]";
    }

    private String bid(String process, String rut, long amount, String lot) {
        return created(post(process + "/bids", bidBody(rut, amount, lot)));
    }

    private static String bidBody(String rut, long amount, String lot) {
        return "{\"supplier\": \"" + rut + "\", \"supplierName\": \"Proveedor " + rut + "\", \"amount\": " + amount
                + (lot == null ? "" : ", \"lot\": \"" + lot + "\"")
                + ", \"documents\": [{\"title\": \"Oferta\", \"url\": \"https://documentos.example.cl/o.pdf\"}]}";
    }

    private static String scores(String[] bids, int... scores) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < bids.length; i++) {
            list.add("{\"bidId\": \"" + bids[i] + "\", \"score\": " + scores[i] + "}");
        }
        return "{\"scores\": [" + String.join(", ", list) + "], \"reportSummary\": \"Acta de evaluación\"}";
    }

    private String contract(String process, String awardId, long value) {
        return created(post(process + "/contracts", "{\"awardId\": \"" + awardId + "\", \"value\": " + value
                + ", \"startsOn\": \"2026-12-01\", \"endsOn\": \"2027-06-30\"}"));
    }

    private void pay(String process, String contract, long amount) {
        String order = created(post(process + "/contracts/" + contract + "/purchase-orders", "{\"amount\": " + amount
                + ", \"description\": \"Orden de compra\"}"));
        created(post(process + "/contracts/" + contract + "/payments", "{\"amount\": " + amount
                + ", \"orderId\": \"" + order + "\"}"));
    }

    private Response post(String path, String body) {
        return system.as(city).post("/api/v1/procurements/" + path, body);
    }

    private static String created(Response r) {
        ok(r, 201);
        return r.json().get("id").asText();
    }

    private static Response ok(Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r;
    }

    private static String ocid(String process) {
        return "ocds-redlim-" + process;
    }

    private void await(String process, int releases) {
        system.await(OCDS + "/releases/" + ocid(process), j -> j.get("releases").size() == releases);
    }

    /** The releases of a process, once the projection has published one per event. */
    private List<JsonNode> published(String process) {
        long events = system.context().getBean(org.axonframework.eventsourcing.eventstore.EventStore.class)
                .readEvents(process).asStream().count();
        await(process, (int) events);
        JsonNode pkg = releasePackage(OCDS + "/releases/" + ocid(process));
        return StreamSupport.stream(pkg.get("releases").spliterator(), false).toList();
    }

    private JsonNode record(String process) {
        return recordPackage(OCDS + "/records/" + ocid(process)).at("/records/0");
    }

    private JsonNode versionedRecord(String process) {
        return recordPackage(OCDS + "/records/" + ocid(process) + "?versioned=true").at("/records/0");
    }

    private JsonNode releasePackage(String path) {
        Response r = ok(system.get(path), 200);
        clean(VALIDATOR.validateReleasePackage(r.body()), path);
        releasePackages++;
        return r.json();
    }

    private JsonNode recordPackage(String path) {
        Response r = ok(system.get(path), 200);
        clean(VALIDATOR.validateRecordPackage(r.body()), path);
        recordPackages++;
        return r.json();
    }

    private static void clean(Report report, String what) {
        assertThat(report.errors()).as(what + ": schema and codelist errors").isEmpty();
        assertThat(report.warnings()).as(what + ": values outside open codelists").isEmpty();
    }

    private static void sleepUntil(Instant instant) throws InterruptedException {
        long wait = Duration.between(Instant.now(), instant).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
