package cl.redlim.procurement.query.ocds;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.procurement.api.BidSubmittedEvent;
import cl.redlim.procurement.api.BidsOpenedEvent;
import cl.redlim.procurement.query.ocds.OcdsValidator.Report;
import cl.redlim.procurement.query.ocds.ProcurementScenarios.Scenario;
import cl.redlim.readmodel.InMemoryMongo;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static cl.redlim.procurement.query.ocds.OcdsMergeTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The OCDS publication fed with full procurement histories: after every event, every package it serves validates
 * against the official schemas and codelists with no error and no warning, and every record's compiled and
 * versioned releases are the merge of its releases.
 */
class OcdsPublicationTest {

    static final String BASE = "https://redlim.example.cl";
    static final OcdsPublication PUBLICATION = new OcdsPublication(OcdsPublication.PLACEHOLDER_PREFIX,
            "RedLIM", "", "", "", "https://creativecommons.org/licenses/by/4.0/",
            "https://redlim.example.cl/politica-de-publicacion", "");
    static final OcdsValidator VALIDATOR = OcdsValidator.instance();

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private MongoDatabase database;
    private OcdsStore store;
    private OcdsFeed feed;
    private OcdsQueryHandlers queries;

    @BeforeEach
    void freshPublication() {
        database = mongo.freshDatabase();
        store = new OcdsStore(database);
        feed = new OcdsFeed(new OcdsReleaseProjection(store, PUBLICATION)).territory();
        queries = new OcdsQueryHandlers(store, PUBLICATION);
    }

    static Stream<Scenario> scenarios() {
        return ProcurementScenarios.all().stream();
    }

    static Stream<Scenario> scenariosWithBids() {
        return scenarios().filter(s -> s.indexOf(BidsOpenedEvent.class) > 0);
    }

    static String ocid(Scenario s) {
        return OcdsPublication.PLACEHOLDER_PREFIX + "-" + s.processId();
    }

    static void assertClean(Report report, String what) {
        assertThat(report.errors()).as(what + ": errors").isEmpty();
        assertThat(report.warnings()).as(what + ": open codelist values outside the list").isEmpty();
    }

    private JsonNode releasePackage(Scenario s) {
        return queries.handle(new FindOcdsReleasePackageQuery(ocid(s), BASE));
    }

    private JsonNode recordPackage(Scenario s, boolean versioned) {
        return queries.handle(new FindOcdsRecordPackageQuery(ocid(s), versioned, BASE));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void afterEveryEventEveryPackageValidatesAndTheRecordIsTheMergeOfTheReleases(Scenario s) {
        for (int i = 0; i < s.events().size(); i++) {
            feed.event(s, i);
            String step = s.name() + " after " + s.events().get(i).getClass().getSimpleName() + " (" + i + ")";

            JsonNode releases = releasePackage(s);
            assertClean(VALIDATOR.validateReleasePackage(OcdsJson.write(releases)), step + ", release package");
            assertThat(releases.get("releases")).as(step).hasSize(i + 1);
            JsonNode latest = releases.get("releases").get(i);
            assertThat(latest.get("id").asText()).isEqualTo(ocid(s) + "-" + i);
            assertThat(latest.get("ocid").asText()).isEqualTo(ocid(s));
            assertThat(latest.get("date").asText()).isEqualTo(OcdsJson.date(eventInstant(s.events().get(i))));
            assertThat(releases.get("publishedDate").asText()).isEqualTo(latest.get("date").asText());
            assertThat(releases.get("uri").asText()).isEqualTo(BASE + "/api/v1/public/ocds/releases/" + ocid(s));

            JsonNode records = recordPackage(s, true);
            assertClean(VALIDATOR.validateRecordPackage(OcdsJson.write(records)), step + ", record package");
            JsonNode record = records.get("records").get(0);
            List<JsonNode> released = list(releases.get("releases"));
            assertThat(record.get("compiledRelease")).as(step).isEqualTo(OcdsMerge.standard().compile(released));
            assertThat(record.get("versionedRelease")).as(step).isEqualTo(OcdsMerge.standard().versioned(released));
            assertThat(record.at("/compiledRelease/tag")).isEqualTo(json("['compiled']"));
            assertThat(record.at("/compiledRelease/id").asText()).isEqualTo(ocid(s) + "-" + latest.get("date").asText());
            assertThat(list(record.get("releases")).stream().map(r -> r.get("url").asText()).toList())
                    .isEqualTo(released.stream().map(r -> BASE + "/api/v1/public/ocds/releases/" + ocid(s) + "#"
                            + r.get("id").asText()).toList());
            assertThat(records.get("packages")).isEqualTo(json("['" + BASE + "/api/v1/public/ocds/releases/" + ocid(s) + "']"));
            assertClean(VALIDATOR.validateRecordPackage(OcdsJson.write(recordPackage(s, false))),
                    step + ", record package without versioned release");
        }
    }

    /** The instant the event records, which is its release's date. */
    static Instant eventInstant(Object event) {
        for (var component : event.getClass().getRecordComponents()) {
            if (component.getType() == Instant.class && component.getName().endsWith("At")
                    && !component.getName().equals("closesAt") && !component.getName().equals("previousClosesAt")) {
                try {
                    return (Instant) component.getAccessor().invoke(event);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("No instant in " + event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenariosWithBids")
    void nothingAboutABidLeaksBeforeTheBidsAreOpened(Scenario s) {
        int opening = s.indexOf(BidsOpenedEvent.class);
        List<String> secrets = new ArrayList<>();
        List<BidSubmittedEvent> bids = new ArrayList<>();
        for (Object event : s.events().subList(0, opening)) {
            if (event instanceof BidSubmittedEvent bid) {
                bids.add(bid);
                secrets.addAll(List.of(bid.bidId(), bid.supplier().value(), bid.supplierName(),
                        Long.toString(bid.amount().amount())));
                bid.documents().forEach(d -> secrets.addAll(List.of(d.title(), d.url())));
            }
        }
        assertThat(bids).isNotEmpty();
        for (int i = 0; i < opening; i++) {
            feed.event(s, i);
            String served = everythingServed(s);
            for (String secret : secrets) {
                assertThat(served).as(s.name() + " after event " + i + " must not reveal " + secret)
                        .doesNotContain(secret);
            }
        }
        JsonNode sealed = recordPackage(s, false).at("/records/0/compiledRelease");
        assertThat(sealed.at("/bids/statistics/0/value").asLong()).as("only how many bids").isEqualTo(bids.size());
        assertThat(sealed.at("/tender/numberOfTenderers").isMissingNode()).isTrue();

        feed.event(s, opening);
        JsonNode compiled = recordPackage(s, false).at("/records/0/compiledRelease");
        assertThat(list(compiled.at("/bids/details")).stream().map(b -> b.get("id").asText()).toList())
                .containsExactlyElementsOf(bids.stream().map(BidSubmittedEvent::bidId).toList());
        assertThat(list(compiled.at("/bids/details")).stream().map(b -> b.at("/value/amount").asLong()).toList())
                .containsExactlyElementsOf(bids.stream().map(b -> b.amount().amount()).toList());
        long suppliers = bids.stream().map(b -> b.supplier().value()).distinct().count();
        assertThat(compiled.at("/tender/numberOfTenderers").asLong()).isEqualTo(suppliers);
        assertThat(list(compiled.at("/tender/tenderers"))).hasSize((int) suppliers);
        assertThat(list(compiled.get("parties")).stream().filter(p -> list(p.get("roles")).stream()
                .anyMatch(r -> r.asText().equals("tenderer")))).hasSize((int) suppliers);
    }

    /** Every document the publication serves about a process, as text. */
    private String everythingServed(Scenario s) {
        StringBuilder all = new StringBuilder();
        all.append(OcdsJson.write(releasePackage(s)));
        all.append(OcdsJson.write(recordPackage(s, true)));
        OcdsPackagePage releases = queries.handle(new FindOcdsReleasesQuery(null, 0, 100, BASE, BASE + "/r"));
        all.append(OcdsJson.write(releases.body()));
        OcdsPackagePage records = queries.handle(new FindOcdsRecordsQuery(null, 0, 100, true, BASE, BASE + "/r"));
        all.append(OcdsJson.write(records.body()));
        queries.handle(new FindOcdsExportQuery(false, false, null, null, 100, BASE)).lines().forEach(all::append);
        queries.handle(new FindOcdsExportQuery(true, true, null, null, 100, BASE)).lines().forEach(all::append);
        return all.toString();
    }

    @Test
    void theCompiledReleaseOfADirectAwardIsExactlyThis() {
        Scenario s = ProcurementScenarios.directAward();
        feed.all(s);
        String ocid = ocid(s);
        String buyer = "'id': 'CL-CUT-05101', 'name': 'Municipalidad de Valparaíso'";
        String supplier = "'id': 'CL-RUT-76999888-8', 'name': 'Constructora Litoral Ltda.'";
        String item = "{'id': '1', 'description': 'Reparación de muro de contención', 'quantity': 1, "
                + "'unit': {'name': 'obra'}}";
        JsonNode expected = json("{'tag': ['compiled'], 'id': '" + ocid + "-2025-05-17T12:00:00.000Z', "
                + "'date': '2025-05-17T12:00:00.000Z', 'ocid': '" + ocid + "', "
                + "'initiationType': 'tender', 'language': 'es', "
                + "'parties': ["
                + "{" + buyer + ", 'address': {'locality': 'Valparaíso', 'region': 'Valparaíso', 'countryName': 'Chile'}, "
                + "'roles': ['buyer', 'procuringEntity', 'payer']}, "
                + "{" + supplier + ", 'identifier': {'scheme': 'CL-RUT', 'id': '76999888-8', "
                + "'legalName': 'Constructora Litoral Ltda.'}, 'roles': ['supplier', 'payee']}], "
                + "'buyer': {" + buyer + "}, "
                + "'planning': {'rationale': 'El decreto alcaldicio 1234 declara la emergencia por el temporal de junio', "
                + "'budget': {'description': 'Monto estimado de la compra; valor UTM usado: $68.000', "
                + "'amount': {'amount': 45000000, 'currency': 'CLP'}}}, "
                + "'tender': {'id': '" + s.processId() + "', 'title': 'Reparación de muro de contención', "
                + "'description': 'Reparación urgente del muro de contención de calle Los Placeres', "
                + "'status': 'complete', 'procuringEntity': {" + buyer + "}, 'items': [" + item + "], "
                + "'value': {'amount': 45000000, 'currency': 'CLP'}, 'procurementMethod': 'direct', "
                + "'procurementMethodDetails': 'Trato directo: emergencia, urgencia o imprevisto (EMERGENCY)', "
                + "'procurementMethodRationale': 'El decreto alcaldicio 1234 declara la emergencia por el temporal de junio', "
                + "'mainProcurementCategory': 'works', 'awardPeriod': {'endDate': '2025-03-07T12:00:00.000Z'}}, "
                + "'awards': [{'id': 'ad300000-0000-4000-8000-000000000001', 'title': 'Adjudicación', "
                + "'status': 'active', 'date': '2025-03-07T12:00:00.000Z', "
                + "'value': {'amount': 44000000, 'currency': 'CLP'}, 'suppliers': [{" + supplier + "}], "
                + "'items': [" + item + "]}], "
                + "'contracts': [{'id': 'c3000000-0000-4000-8000-000000000001', "
                + "'awardID': 'ad300000-0000-4000-8000-000000000001', 'title': 'Contrato', 'status': 'terminated', "
                + "'period': {'startDate': '2025-03-10T00:00:00-03:00', 'endDate': '2025-05-09T23:59:59-04:00'}, "
                + "'value': {'amount': 44000000, 'currency': 'CLP'}, 'items': [" + item + "], "
                + "'dateSigned': '2025-03-08T12:00:00.000Z', "
                + "'implementation': {'transactions': [{'id': '9a300000-0000-4000-8000-000000000001', "
                + "'date': '2025-05-12T12:00:00.000Z', 'value': {'amount': 44000000, 'currency': 'CLP'}, "
                + "'payer': {" + buyer + "}, 'payee': {" + supplier + "}}]}}]}");

        assertThat(recordPackage(s, false).at("/records/0/compiledRelease")).isEqualTo(expected);
        assertThat(list(releasePackage(s).get("releases")).stream().map(r -> r.get("tag").get(0).asText()).toList())
                .containsExactly("planning", "award", "contract", "implementation", "contractUpdate");
    }

    @Test
    void eachKindOfProcessEndsAsItShould() {
        ProcurementScenarios.all().forEach(feed::all);

        JsonNode amended = compiled(ProcurementScenarios.amendedTender());
        assertThat(amended.at("/tender/procurementMethod").asText()).isEqualTo("open");
        assertThat(amended.at("/tender/procurementMethodDetails").asText()).isEqualTo("Licitación Pública LE");
        assertThat(amended.at("/tender/tenderPeriod/endDate").asText()).isEqualTo("2025-03-18T12:00:00.000Z");
        assertThat(amended.at("/tender/amendments/0/amendsReleaseID").asText())
                .isEqualTo(ocid(ProcurementScenarios.amendedTender()) + "-1");
        assertThat(amended.at("/tender/amendments/0/description").asText()).contains("plazo mínimo");
        assertThat(statuses(amended.at("/bids/details"))).containsExactly("valid", "valid", "disqualified");
        assertThat(amended.at("/bids/details/0/documents/0/url").asText()).startsWith("https://");
        assertThat(amended.at("/bids/details/2/documents/0").has("url")).as("not a URI, not published as one").isFalse();
        assertThat(amended.at("/tender/documents/0/documentType").asText()).isEqualTo("evaluationReports");
        assertThat(amended.at("/contracts/0/value/amount").asLong()).isEqualTo(33_000_000);
        assertThat(amended.at("/contracts/0/period/endDate").asText()).isEqualTo("2026-03-31T23:59:59-03:00");
        assertThat(amended.at("/contracts/0/amendments/0/description").asText()).contains("30.500.000", "33.000.000");
        assertThat(amended.at("/contracts/0/implementation/milestones/0/code").asText()).isEqualTo("purchaseOrder");
        assertThat(amended.at("/contracts/0/implementation/transactions")).hasSize(2);
        assertThat(amended.at("/contracts/0/status").asText()).isEqualTo("terminated");

        JsonNode voided = compiled(ProcurementScenarios.voidTender());
        assertThat(voided.at("/tender/status").asText()).isEqualTo("unsuccessful");
        assertThat(voided.at("/tender/documents/0/documentType").asText()).isEqualTo("cancellationDetails");
        assertThat(voided.at("/tender/documents/0/description").asText()).isEqualTo("No hubo ofertas admisibles");
        assertThat(voided.has("awards")).isFalse();
        assertThat(statuses(voided.at("/bids/details"))).containsExactly("disqualified");

        JsonNode lots = compiled(ProcurementScenarios.multiLotAward());
        assertThat(lots.at("/tender/procurementMethodDetails").asText()).isEqualTo("Licitación Pública LR");
        assertThat(lots.at("/planning/documents/0/documentType").asText()).isEqualTo("marketStudies");
        assertThat(lots.get("awards")).hasSize(2);
        assertThat(ids(lots.at("/awards/0/items"))).containsExactly("1", "2");
        assertThat(ids(lots.at("/awards/1/items"))).containsExactly("3");
        assertThat(lots.at("/awards/1/suppliers/0/id").asText()).isEqualTo("CL-RUT-77123456-9");
        assertThat(lots.get("contracts")).hasSize(2);
        assertThat(ids(lots.at("/contracts/1/items"))).containsExactly("3");
        assertThat(roles(lots, "CL-RUT-78111222-4")).containsExactly("tenderer", "supplier", "payee");
        assertThat(roles(lots, "CL-RUT-76222333-3")).containsExactly("tenderer");
        assertThat(roles(lots, "CL-CUT-08101")).containsExactly("buyer", "procuringEntity", "payer");
        List<String> tags = list(releasePackage(ProcurementScenarios.multiLotAward()).get("releases")).stream()
                .map(r -> r.get("tag").get(0).asText()).toList();
        assertThat(tags.subList(tags.size() - 4, tags.size()))
                .containsExactly("implementation", "implementationUpdate", "implementation", "contractUpdate");

        JsonNode terminated = compiled(ProcurementScenarios.terminatedContract());
        assertThat(terminated.at("/contracts/0/status").asText()).isEqualTo("terminated");
        assertThat(terminated.at("/contracts/0/documents/0/documentType").asText()).isEqualTo("contractArrangements");
        assertThat(terminated.at("/tender/submissionMethodDetails").asText()).contains("plazo reducido");

        JsonNode agil = compiled(ProcurementScenarios.compraAgil());
        assertThat(agil.at("/tender/procurementMethod").asText()).isEqualTo("open");
        assertThat(agil.at("/tender/procurementMethodDetails").asText()).isEqualTo("Compra Ágil");
        assertThat(agil.at("/tender/numberOfTenderers").asInt()).isEqualTo(3);

        JsonNode framework = compiled(ProcurementScenarios.frameworkPurchase());
        assertThat(framework.at("/tender/procurementMethod").asText()).isEqualTo("limited");
        assertThat(framework.at("/tender/procurementMethodDetails").asText()).isEqualTo("Convenio marco 2239-4-LR23");
        assertThat(framework.at("/relatedProcesses/0/relationship")).isEqualTo(json("['framework']"));
        assertThat(framework.at("/tender/status").asText()).isEqualTo("complete");
    }

    private JsonNode compiled(Scenario s) {
        return recordPackage(s, false).at("/records/0/compiledRelease");
    }

    private static List<String> statuses(JsonNode bids) {
        return list(bids).stream().map(b -> b.get("status").asText()).toList();
    }

    private static List<String> ids(JsonNode array) {
        return list(array).stream().map(i -> i.get("id").asText()).toList();
    }

    private static List<String> roles(JsonNode compiled, String partyId) {
        return list(compiled.get("parties")).stream().filter(p -> p.get("id").asText().equals(partyId))
                .flatMap(p -> list(p.get("roles")).stream()).map(JsonNode::asText).toList();
    }

    @Test
    void aRedeliveredEventChangesNothingAndAReplayWritesTheSameReleases() {
        Scenario s = ProcurementScenarios.multiLotAward();
        for (int i = 0; i < s.events().size(); i++) {
            feed.event(s, i);
            feed.event(s, i); // delivered again, as after a crash before the token was stored
        }
        String first = OcdsJson.write(releasePackage(s));
        assertThat(releasePackage(s).get("releases")).hasSize(s.events().size());

        // a replay from the start (tokens reset) over the same collections
        OcdsFeed replay = new OcdsFeed(new OcdsReleaseProjection(new OcdsStore(database), PUBLICATION)).territory();
        replay.all(s);
        assertThat(OcdsJson.write(releasePackage(s))).isEqualTo(first);

        // and into an empty store
        MongoDatabase other = mongo.freshDatabase();
        OcdsStore otherStore = new OcdsStore(other);
        new OcdsFeed(new OcdsReleaseProjection(otherStore, PUBLICATION)).territory().all(s);
        assertThat(OcdsJson.write(new OcdsQueryHandlers(otherStore, PUBLICATION)
                .handle(new FindOcdsReleasePackageQuery(ocid(s), BASE)))).isEqualTo(first);
    }

    @Test
    void anUnknownOcidIsNotFound() {
        feed.all(ProcurementScenarios.directAward());
        for (String ocid : List.of("ocds-redlim-nope", "", "ocds-redlim-" + ProcurementScenarios.voidTender().processId())) {
            assertThatThrownBy(() -> queries.handle(new FindOcdsReleasePackageQuery(ocid, BASE)))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
            assertThatThrownBy(() -> queries.handle(new FindOcdsRecordPackageQuery(ocid, false, BASE)))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        }
    }

    @Test
    void releasesSinceAnInstantComePageByPageOldestFirst() {
        ProcurementScenarios.all().forEach(feed::all);
        Instant since = ProcurementScenarios.day(30);
        long expected = ProcurementScenarios.all().stream().flatMap(s -> s.events().stream())
                .filter(e -> !eventInstant(e).isBefore(since)).count();
        String pageUrl = BASE + "/api/v1/public/ocds/releases?since=2025-04-02T12:00:00Z&size=7";

        List<JsonNode> seen = new ArrayList<>();
        int page = 0;
        OcdsPackagePage found = queries.handle(new FindOcdsReleasesQuery(since, page, 7, BASE, pageUrl));
        while (found.body() != null) {
            assertClean(VALIDATOR.validateReleasePackage(OcdsJson.write(found.body())), "page " + page);
            assertThat(found.body().get("uri").asText()).isEqualTo(pageUrl + "&page=" + page);
            assertThat(found.body().at("/links/next").asText(null)).isEqualTo(found.next());
            assertThat(found.body().get("extensions").toString()).contains("ocds_pagination_extension");
            seen.addAll(list(found.body().get("releases")));
            if (found.next() == null) {
                break;
            }
            assertThat(found.next()).isEqualTo(pageUrl + "&page=" + (page + 1));
            page++;
            found = queries.handle(new FindOcdsReleasesQuery(since, page, 7, BASE, pageUrl));
        }
        assertThat(seen).hasSize((int) expected);
        assertThat(seen).allMatch(r -> !OcdsJson.instant(r.get("date").asText()).isBefore(since));
        List<Instant> dates = seen.stream().map(r -> OcdsJson.instant(r.get("date").asText())).toList();
        assertThat(dates).isSorted();
        assertThat(queries.handle(new FindOcdsReleasesQuery(since, page + 1, 7, BASE, pageUrl)).body())
                .as("past the last page").isNull();
        assertThat(queries.handle(new FindOcdsReleasesQuery(ProcurementScenarios.day(1000), 0, 7, BASE, pageUrl))
                .body()).as("nothing that recent").isNull();
    }

    @Test
    void recordsSinceAnInstantAreThoseOfProcessesThatChangedSince() {
        ProcurementScenarios.all().forEach(feed::all);
        Instant since = ProcurementScenarios.day(80);
        List<String> changed = ProcurementScenarios.all().stream()
                .filter(s -> s.events().stream().anyMatch(e -> !eventInstant(e).isBefore(since)))
                .map(OcdsPublicationTest::ocid).sorted().toList();
        assertThat(changed).hasSizeBetween(2, 5);

        OcdsPackagePage first = queries.handle(new FindOcdsRecordsQuery(since, 0, 2, true, BASE, BASE + "/x?size=2"));
        assertClean(VALIDATOR.validateRecordPackage(OcdsJson.write(first.body())), "records page 0");
        List<String> ocids = new ArrayList<>(list(first.body().get("records")).stream()
                .map(r -> r.get("ocid").asText()).toList());
        assertThat(first.body().get("packages")).hasSize(2);
        assertThat(first.next()).isEqualTo(BASE + "/x?size=2&page=1");
        OcdsPackagePage second = queries.handle(new FindOcdsRecordsQuery(since, 1, 2, true, BASE, BASE + "/x?size=2"));
        assertClean(VALIDATOR.validateRecordPackage(OcdsJson.write(second.body())), "records page 1");
        assertThat(second.body().at("/links/prev").asText()).isEqualTo(BASE + "/x?size=2&page=0");
        list(second.body().get("records")).forEach(r -> ocids.add(r.get("ocid").asText()));
        OcdsPackagePage rest = second;
        for (int page = 2; rest.next() != null; page++) {
            rest = queries.handle(new FindOcdsRecordsQuery(since, page, 2, true, BASE, BASE + "/x?size=2"));
            list(rest.body().get("records")).forEach(r -> ocids.add(r.get("ocid").asText()));
        }
        assertThat(ocids).isEqualTo(changed);
    }

    @Test
    void theExportHasOneValidReleaseOrRecordPerLine() {
        ProcurementScenarios.all().forEach(feed::all);
        int releases = ProcurementScenarios.all().stream().mapToInt(s -> s.events().size()).sum();

        List<String> releaseLines = export(false);
        assertThat(releaseLines).hasSize(releases);
        for (String line : releaseLines) {
            assertThat(line).doesNotContain("\n");
            assertClean(VALIDATOR.validateRelease(line), "export line " + line.substring(0, 60));
        }
        List<String> recordLines = export(true);
        assertThat(recordLines).hasSize(ProcurementScenarios.all().size());
        for (String line : recordLines) {
            assertClean(VALIDATOR.validateRecord(line), "export record " + line.substring(0, 60));
        }
    }

    /** The export in batches of two processes, as the controller asks for it. */
    private List<String> export(boolean records) {
        List<String> lines = new ArrayList<>();
        String after = null;
        int batches = 0;
        do {
            OcdsExportBatch batch = queries.handle(new FindOcdsExportQuery(records, records, null, after, 2, BASE));
            lines.addAll(batch.lines());
            after = batch.lastProcessId();
            batches++;
        } while (after != null);
        assertThat(batches).isEqualTo(ProcurementScenarios.all().size() / 2 + 1);
        return lines;
    }
}
