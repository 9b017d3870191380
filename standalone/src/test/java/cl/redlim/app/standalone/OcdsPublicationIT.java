package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Response;
import cl.redlim.procurement.api.BidSubmittedEvent;
import cl.redlim.procurement.api.BidsOpenedEvent;
import cl.redlim.procurement.query.ocds.OcdsValidator;
import cl.redlim.procurement.query.ocds.OcdsValidator.Report;
import cl.redlim.procurement.query.ocds.ProcurementScenarios;
import cl.redlim.procurement.query.ocds.ProcurementScenarios.Scenario;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OCDS publication end to end: procurement histories (an amended tender, a void tender, a direct award, a
 * multi-lot award, a terminated contract, a Compra Ágil, a framework purchase) appended to the real system's event
 * store; every package the public API then serves, one process at a time, page by page and exported, validates
 * against the official OCDS 1.1.5 schemas and codelists with zero errors; bids stay sealed until they are opened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OcdsPublicationIT {

    private static final String OCDS = "/api/v1/public/ocds";
    private static final String PREFIX = "ocds-redlim-";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
    private static final OcdsValidator VALIDATOR = OcdsValidator.instance();

    @TempDir
    static Path data;

    private RunningSystem system;
    private final Set<String> appended = new HashSet<>();
    private int releasePackages;
    private int recordPackages;
    private int exportLines;

    @BeforeAll
    void start() {
        system = RunningSystem.start(data);
        // the buyers' names come from the territory, registered at the first start
        system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
    }

    @AfterAll
    void stop() {
        System.out.printf("OCDS IT: validated %d release packages, %d record packages and %d export lines, "
                + "0 errors%n", releasePackages, recordPackages, exportLines);
        system.close();
    }

    private static String ocid(Scenario s) {
        return PREFIX + s.processId();
    }

    /** Appends the rest of a scenario and waits until its releases are all published. */
    private void complete(Scenario s, int from) {
        ProcurementEvents.append(system, s, from, s.events().size());
        appended.add(s.processId());
        system.await(OCDS + "/releases/" + ocid(s), j -> j.get("releases").size() == s.events().size());
    }

    private static void assertClean(Report report, String what) {
        assertThat(report.errors()).as(what + ": errors").isEmpty();
        assertThat(report.warnings()).as(what + ": values outside open codelists").isEmpty();
    }

    private JsonNode releasePackage(String path) {
        Response r = system.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertClean(VALIDATOR.validateReleasePackage(r.body()), path);
        releasePackages++;
        return r.json();
    }

    private JsonNode recordPackage(String path) {
        Response r = system.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertClean(VALIDATOR.validateRecordPackage(r.body()), path);
        recordPackages++;
        return r.json();
    }

    @Test
    @Order(1)
    void bidsStaySealedUntilTheyAreOpened() {
        Scenario s = ProcurementScenarios.amendedTender();
        int opening = s.indexOf(BidsOpenedEvent.class);
        ProcurementEvents.append(system, s, 0, opening);
        system.await(OCDS + "/releases/" + ocid(s), j -> j.get("releases").size() == opening);

        List<String> sealed = new ArrayList<>();
        s.events().stream().filter(BidSubmittedEvent.class::isInstance).map(BidSubmittedEvent.class::cast)
                .forEach(b -> sealed.addAll(List.of(b.bidId(), b.supplier().value(), b.supplierName(),
                        Long.toString(b.amount().amount()))));
        StringBuilder served = new StringBuilder();
        served.append(releasePackage(OCDS + "/releases/" + ocid(s)));
        served.append(recordPackage(OCDS + "/records/" + ocid(s) + "?versioned=true"));
        served.append(releasePackage(OCDS + "/releases?size=100"));
        served.append(recordPackage(OCDS + "/records?size=100&versioned=true"));
        served.append(system.get(OCDS + "/export.jsonl").body());
        served.append(system.get(OCDS + "/export.jsonl?type=records&versioned=true").body());
        for (String secret : sealed) {
            assertThat(served.toString()).as("before the opening nothing may reveal " + secret).doesNotContain(secret);
        }
        assertThat(system.get(OCDS + "/records/" + ocid(s)).json()
                .at("/records/0/compiledRelease/bids/statistics/0/value").asInt()).isEqualTo(3);

        complete(s, opening);
        JsonNode bids = recordPackage(OCDS + "/records/" + ocid(s)).at("/records/0/compiledRelease/bids/details");
        assertThat(bids).hasSize(3);
        assertThat(bids.get(0).at("/tenderers/0/id").asText()).isEqualTo("CL-RUT-" + ProcurementScenarios.ANDINA.rut());
    }

    @Test
    @Order(2)
    void everyPackageTheApiServesValidates() {
        for (Scenario s : ProcurementScenarios.all()) {
            if (!appended.contains(s.processId())) {
                complete(s, 0);
            }
        }
        int releases = 0;
        for (Scenario s : ProcurementScenarios.all()) {
            JsonNode pkg = releasePackage(OCDS + "/releases/" + ocid(s));
            assertThat(pkg.get("releases")).hasSize(s.events().size());
            assertThat(pkg.get("uri").asText()).isEqualTo(system.base() + OCDS + "/releases/" + ocid(s));
            JsonNode record = recordPackage(OCDS + "/records/" + ocid(s)).at("/records/0");
            assertThat(record.get("ocid").asText()).isEqualTo(ocid(s));
            assertThat(record.get("releases")).hasSize(s.events().size());
            assertThat(record.at("/compiledRelease/tag/0").asText()).isEqualTo("compiled");
            assertThat(recordPackage(OCDS + "/records/" + ocid(s) + "?versioned=true").at("/records/0")
                    .has("versionedRelease")).isTrue();
            releases += s.events().size();
        }
        assertThat(system.get(OCDS + "/records/" + ocid(ProcurementScenarios.directAward())).json()
                .at("/records/0/compiledRelease/parties/0/name").asText()).isEqualTo("Municipalidad de Valparaíso");

        // page by page, following the Link header until the empty page
        assertThat(follow(OCDS + "/releases?since=2025-01-01T00:00:00Z&size=9", "releases", true)).isEqualTo(releases);
        assertThat(follow(OCDS + "/releases?since=2025-04-02T12:00:00Z&size=5", "releases", true))
                .isBetween(1, releases - 1);
        assertThat(follow(OCDS + "/records?size=3&versioned=true", "records", false))
                .isEqualTo(ProcurementScenarios.all().size());
        assertThat(follow(OCDS + "/records?since=2025-06-01T00:00:00-04:00&size=2", "records", false))
                .isBetween(1, ProcurementScenarios.all().size() - 1);

        Response export = system.get(OCDS + "/export.jsonl");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        List<String> lines = export.body().lines().toList();
        assertThat(lines).hasSize(releases);
        lines.forEach(l -> assertClean(VALIDATOR.validateRelease(l), "export line"));
        Response records = system.get(OCDS + "/export.jsonl?type=records&versioned=true");
        List<String> recordLines = records.body().lines().toList();
        assertThat(recordLines).hasSize(ProcurementScenarios.all().size());
        recordLines.forEach(l -> assertClean(VALIDATOR.validateRecord(l), "export record"));
        exportLines += lines.size() + recordLines.size();
    }

    /** Follows links.next and the Link header from the first page; returns how many releases or records it saw. */
    private int follow(String first, String list, boolean releases) {
        String path = first;
        int seen = 0;
        for (int page = 0; path != null; page++) {
            JsonNode pkg = releases ? releasePackage(path) : recordPackage(path);
            seen += pkg.get(list).size();
            Response r = system.get(path);
            String link = r.header("Link");
            String next = pkg.at("/links/next").isMissingNode() ? null : pkg.at("/links/next").asText();
            if (next == null) {
                assertThat(link).as("no next page, no Link header").isNull();
                Response after = system.get(path.replace("page=" + page, "page=" + (page + 1))
                        + (path.contains("page=") ? "" : "&page=1"));
                assertThat(after.status()).as("the page after the last is empty").isEqualTo(204);
                path = null;
            } else {
                Matcher m = NEXT.matcher(link);
                assertThat(m.find()).as("Link header " + link).isTrue();
                assertThat(m.group(1)).isEqualTo(next);
                assertThat(next).startsWith(system.base()).contains("page=" + (page + 1));
                path = next.substring(system.base().length());
            }
        }
        return seen;
    }

    @Test
    @Order(3)
    void refusalsAreProblemsAndTheOpenApiDocumentListsEveryEndpoint() {
        for (String path : List.of(OCDS + "/releases/ocds-redlim-unknown", OCDS + "/records/ocds-redlim-unknown",
                OCDS + "/releases/" + "x".repeat(500))) {
            Response r = system.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.code()).isEqualTo("NOT_FOUND");
        }
        for (String query : List.of("/releases?since=yesterday", "/records?since=2025-13-01T00:00:00Z",
                "/releases?since=1700000000", "/export.jsonl?since=2025-01-01", "/releases?size=0",
                "/releases?size=101", "/records?page=-1", "/export.jsonl?type=csv", "/records/x?versioned=maybe")) {
            Response r = system.get(OCDS + query);
            assertThat(r.status()).as(query + ": " + r.body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.code()).isIn("MALFORMED_REQUEST", "VALIDATION_FAILED");
        }
        for (String odd : List.of("/releases?size=5&x=%7B%7D", "/records?size=2&since=2025-01-01T00:00:00%2B02:00",
                "/releases?page=0&page=1&size=3", "/records?size=3&q=%22%24where%22")) {
            Response r = system.get(OCDS + odd);
            assertThat(r.status()).as(odd + ": " + r.body()).isEqualTo(200);
            assertThat(r.json().at("/links/next").asText()).as(odd).startsWith(system.base() + OCDS);
        }
        assertThat(system.get(OCDS + "/releases?since=2999-01-01T00:00:00Z").status()).isEqualTo(204);
        assertThat(system.get(OCDS + "/records?since=2999-01-01T00:00:00Z").status()).isEqualTo(204);
        assertThat(system.get(OCDS + "/export.jsonl?since=2999-01-01T00:00:00Z").body()).isEmpty();

        JsonNode paths = system.get("/v3/api-docs").json().get("paths");
        for (String path : List.of(OCDS + "/releases/{ocid}", OCDS + "/records/{ocid}", OCDS + "/releases",
                OCDS + "/records", OCDS + "/export.jsonl")) {
            assertThat(paths.has(path)).as(path + " in /v3/api-docs").isTrue();
            assertThat(paths.get(path).has("get")).isTrue();
        }
    }
}
