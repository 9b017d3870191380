package cl.redlim.app.standalone;

import cl.redlim.access.api.IssueApiKeyCommand;
import cl.redlim.app.standalone.RunningSystem.Client;
import cl.redlim.app.standalone.RunningSystem.Response;
import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;
import cl.redlim.procurement.api.PlanProcurementCommand;
import cl.redlim.procurement.api.ProcurementCategory;
import cl.redlim.procurement.api.ProcurementItem;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.PublishTenderCommand;
import cl.redlim.procurement.api.SubmitBidCommand;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static cl.redlim.app.standalone.AuthorizationMatrixIT.Caller.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, against the real standalone system: every command endpoint with every kind of caller. The
 * allowed caller goes last, with the state prepared so that its call succeeds; every other caller is refused with
 * 401 or 403 as problem+json and leaves no event behind. Also: bad and revoked keys, the public endpoints, an
 * idempotent replay across credentials, and the origin every event records.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final String MAIPU = "13119";
    private static final String PENALOLEN = "13122";
    /** Not classified before the matrix: classifying it records an event. */
    private static final String SANTIAGO = "13101";
    private static final String APPS = "/api/v1/fund-applications";
    private static final String PROC = "/api/v1/procurements";

    /** The columns of the matrix. */
    enum Caller {
        ANONYMOUS("anonymous"), BAD_KEY("bad key"), ADMIN("admin"), FUND_OFFICER("fund-officer"),
        EVALUATOR("evaluator"), EVALUATOR_AS_OTHER("evaluator as other"), AUDITOR("auditor"),
        INTEGRATOR_OWN("integrator 13119"), INTEGRATOR_FOREIGN("integrator 13122");

        final String label;

        Caller(String label) {
            this.label = label;
        }
    }

    private record Request(String path, String body) {
    }

    private record Issued(String key, String id, String subject) {
    }

    @TempDir
    static Path data;

    private RunningSystem system;
    private Issued officer;
    private Issued evaluator;
    private Issued evaluator2;
    private Issued auditor;
    private Issued maipu;
    private Issued penalolen;
    private String badKey;
    /** The commands handled, by the correlation id they carried: to tell which command caused which event. */
    private final Map<String, List<CommandMessage<?>>> commandsByCorrelation = new ConcurrentHashMap<>();

    @BeforeAll
    void start() {
        system = RunningSystem.start(data);
        system.context().getBean(CommandBus.class).registerHandlerInterceptor(
                (MessageHandlerInterceptor<CommandMessage<?>>) (unitOfWork, chain) -> {
                    Object correlation = unitOfWork.getMessage().getMetaData().get("correlationId");
                    if (correlation != null) {
                        commandsByCorrelation.computeIfAbsent(correlation.toString(),
                                k -> new CopyOnWriteArrayList<>()).add(unitOfWork.getMessage());
                    }
                    return chain.proceed();
                });
        system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
        ok(system.admin().put("/api/v1/territory/communes/" + MAIPU + "/classification",
                "{\"group\": 2, \"rurality\": \"PREDOMINANTLY_URBAN\"}"), 204);
        ok(system.admin().put("/api/v1/territory/communes/" + PENALOLEN + "/classification",
                "{\"group\": 1, \"rurality\": \"PREDOMINANTLY_URBAN\"}"), 204);
        officer = issue("{\"client\": \"Oficina del FIM\", \"role\": \"fund-officer\"}");
        evaluator = issue("{\"client\": \"Evaluadora Uno\", \"role\": \"evaluator\", \"subject\": \"eva.uno\"}");
        evaluator2 = issue("{\"client\": \"Evaluador Dos\", \"role\": \"evaluator\", \"subject\": \"eva.dos\"}");
        auditor = issue("{\"client\": \"Contraloría\", \"role\": \"auditor\"}");
        maipu = issue("{\"client\": \"Municipalidad de Maipú\", \"role\": \"integrator\", \"communes\": [\"" + MAIPU + "\"]}");
        penalolen = issue("{\"client\": \"Municipalidad de Peñalolén\", \"role\": \"integrator\", \"communes\": [\""
                + PENALOLEN + "\"]}");
        badKey = tampered(officer.key());
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The matrix
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void everyCommandEndpointAdmitsOnlyItsRoleAndScope() {
        Map<String, Map<Caller, String>> matrix = new LinkedHashMap<>();
        Instant now = Instant.now();

        row(matrix, "PUT", "/api/v1/territory/communes/{cut}/classification",
                new Request("/api/v1/territory/communes/" + SANTIAGO + "/classification",
                        "{\"group\": 1, \"rurality\": \"PREDOMINANTLY_URBAN\"}"), ADMIN, 204, null);

        row(matrix, "POST", "/api/v1/access/api-keys", new Request("/api/v1/access/api-keys",
                "{\"client\": \"Matrix auditor\", \"role\": \"auditor\"}"), ADMIN, 201, null);

        Issued victim = issue("{\"client\": \"Matrix victim\", \"role\": \"fund-officer\"}");
        row(matrix, "POST", "/api/v1/access/api-keys/{keyId}/revocation",
                new Request("/api/v1/access/api-keys/" + victim.id() + "/revocation", "{\"reason\": \"matrix\"}"),
                ADMIN, 204, null);

        String call = row(matrix, "POST", "/api/v1/fund-calls", new Request("/api/v1/fund-calls",
                terms("Matrix call", now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(30)))),
                FUND_OFFICER, 201, null).json().get("id").asText();

        String future = publish(officer, "Future call", now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(40)));
        row(matrix, "POST", "/api/v1/fund-calls/{callId}/amendments", new Request("/api/v1/fund-calls/" + future
                + "/amendments", terms("Future call, amended", now.plus(Duration.ofDays(11)),
                now.plus(Duration.ofDays(41)))), FUND_OFFICER, 204, null);

        row(matrix, "PUT", "/api/v1/fund-evaluators/{evaluatorId}/interests",
                new Request("/api/v1/fund-evaluators/eva.uno/interests", "{\"name\": \"Eva Uno\", \"tiedCommunes\": []}"),
                EVALUATOR, 204,
                new Request("/api/v1/fund-evaluators/eva.dos/interests", "{\"name\": \"Eva Dos\", \"tiedCommunes\": []}"));
        declare(evaluator2, "eva.dos");

        String x = row(matrix, "POST", APPS, new Request(APPS, draft(call, MAIPU, 10_000_000)),
                INTEGRATOR_OWN, 201, null).json().get("id").asText();
        String y = draftAs(maipu, call, MAIPU);
        draftAs(penalolen, call, PENALOLEN); // the same role drafts for its own municipality: it is scope, not role

        row(matrix, "POST", APPS + "/{id}/submission", new Request(APPS + "/" + x + "/submission", ""),
                INTEGRATOR_OWN, 204, null);
        ok(system.as(maipu.key()).post(APPS + "/" + y + "/submission", ""), 204);

        row(matrix, "POST", APPS + "/{id}/admissibility",
                new Request(APPS + "/" + x + "/admissibility", "{\"admissible\": true}"), FUND_OFFICER, 204, null);
        ok(system.as(officer.key()).post(APPS + "/" + y + "/admissibility", "{\"admissible\": true}"), 204);

        row(matrix, "POST", APPS + "/{id}/evaluations",
                new Request(APPS + "/" + x + "/evaluations", scores("eva.uno")), EVALUATOR, 204,
                new Request(APPS + "/" + x + "/evaluations", scores("eva.dos")));
        ok(system.as(evaluator2.key()).post(APPS + "/" + x + "/evaluations", scores("eva.dos")), 204);
        ok(system.as(evaluator.key()).post(APPS + "/" + y + "/evaluations", scores("eva.uno")), 204);

        row(matrix, "POST", APPS + "/{id}/rejection",
                new Request(APPS + "/" + y + "/rejection", "{\"reason\": \"Fuera de las bases\"}"), FUND_OFFICER, 204, null);

        row(matrix, "POST", "/api/v1/fund-calls/{callId}/closure",
                new Request("/api/v1/fund-calls/" + call + "/closure", ""), FUND_OFFICER, 204, null);

        row(matrix, "POST", APPS + "/{id}/award",
                new Request(APPS + "/" + x + "/award", "{\"amount\": 10000000}"), FUND_OFFICER, 204, null);

        row(matrix, "POST", APPS + "/{id}/agreement",
                new Request(APPS + "/" + x + "/agreement", "{\"reference\": \"CONV-AUTHZ-1\"}"), FUND_OFFICER, 204, null);

        row(matrix, "POST", APPS + "/{id}/disbursements",
                new Request(APPS + "/" + x + "/disbursements", "{\"tranche\": 1, \"amount\": 10000000}"),
                FUND_OFFICER, 204, null);

        row(matrix, "POST", APPS + "/{id}/reports", new Request(APPS + "/" + x + "/reports",
                "{\"tranche\": 1, \"summary\": \"Rendición\", \"amountAccounted\": 10000000}"), INTEGRATOR_OWN, 204, null);

        row(matrix, "POST", APPS + "/{id}/reports/{tranche}/review",
                new Request(APPS + "/" + x + "/reports/1/review", "{\"accepted\": true}"), FUND_OFFICER, 204, null);

        row(matrix, "POST", APPS + "/{id}/closure", new Request(APPS + "/" + x + "/closure", ""),
                FUND_OFFICER, 204, null);

        // read-model rebuilds: a comparison of one small group, which leaves the read models as they are
        row(matrix, "POST", "/api/v1/admin/read-model-rebuilds", new Request("/api/v1/admin/read-model-rebuilds",
                "{\"groups\": [\"territory-communes\"], \"mode\": \"compare\"}"), ADMIN, 202, null);
        // dead letters: there is none here, so the administrator is let through and told so
        row(matrix, "POST", "/api/v1/admin/dead-letters/{group}/{id}/retry", new Request(
                "/api/v1/admin/dead-letters/fund-calls/" + UUID.randomUUID() + "/retry", ""), ADMIN, 404, null);

        procurementRows(matrix, now);
        transparencyRows(matrix);
        documentRows(matrix);
        certificationRows(matrix);

        print(matrix);

        assertThat(matrix.keySet()).as("every command endpoint the app maps is in the matrix")
                .containsExactlyInAnyOrderElementsOf(commandEndpoints());
        for (var row : matrix.entrySet()) {
            assertThat(row.getValue().get(AUDITOR)).as("auditor on " + row.getKey()).isEqualTo("403");
            assertThat(row.getValue().get(ANONYMOUS)).as("anonymous on " + row.getKey()).isEqualTo("401");
            assertThat(row.getValue().get(BAD_KEY)).as("bad key on " + row.getKey()).isEqualTo("401");
            assertThat(row.getValue().values().stream().filter(c -> c.endsWith("*")))
                    .as("one allowed caller on " + row.getKey()).hasSize(1);
        }
        system.await("/api/v1/public/fund-applications/" + x, j -> j.get("status").asText().equals("CLOSED"));
        system.await("/api/v1/public/fund-applications/" + y, j -> j.get("status").asText().equals("REJECTED"));
    }

    /**
     * The document and case-file endpoints, all for the municipality's integrator. Documents and versions are loaded
     * by reference (JSON) to content uploaded first; the multipart variants share their paths and rules.
     */
    private void documentRows(Map<String, Map<Caller, String>> matrix) {
        String first = uploadContent("Decreto de prueba, versión 1");
        String second = uploadContent("Decreto de prueba, versión 2");
        String doc = row(matrix, "POST", "/api/v1/documents", new Request("/api/v1/documents", """
                {"document": {"municipality": "%s", "type": "DECREE", "title": "Decreto de prueba",
                 "author": "Secretaría Municipal", "classification": "PUBLIC"},
                 "content": {"sha256": "%s", "mediaType": "text/plain"}}""".formatted(MAIPU, first)),
                INTEGRATOR_OWN, 201, null).json().get("id").asText();
        String d = "/api/v1/documents/" + doc;
        row(matrix, "POST", "/api/v1/documents/{id}/versions", new Request(d + "/versions",
                "{\"content\": {\"sha256\": \"" + second + "\", \"mediaType\": \"text/plain\"}}"),
                INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", "/api/v1/documents/{id}/review", new Request(d + "/review",
                "{\"version\": 2, \"reviewerName\": \"Ana Rojas\"}"), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", "/api/v1/documents/{id}/signatures", new Request(d + "/signatures",
                "{\"version\": 2, \"signerName\": \"Tomás Vodanovic\", \"signerPosition\": \"Alcalde\"}"),
                INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", "/api/v1/documents/{id}/numbering", new Request(d + "/numbering", "{\"version\": 2}"),
                INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", "/api/v1/documents/{id}/distribution", new Request(d + "/distribution",
                "{\"version\": 2, \"recipients\": [{\"name\": \"Concejo Municipal\", "
                        + "\"address\": \"concejo@maipu.cl\"}]}"), INTEGRATOR_OWN, 204, null);
        String caseFile = row(matrix, "POST", "/api/v1/case-files", new Request("/api/v1/case-files",
                "{\"municipality\": \"" + MAIPU + "\", \"title\": \"Expediente de prueba\"}"),
                INTEGRATOR_OWN, 201, null).json().get("id").asText();
        String c = "/api/v1/case-files/" + caseFile;
        row(matrix, "POST", "/api/v1/case-files/{id}/documents", new Request(c + "/documents",
                "{\"documentId\": \"" + doc + "\"}"), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", "/api/v1/case-files/{id}/actions", new Request(c + "/actions",
                "{\"action\": \"Notificación\"}"), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", "/api/v1/case-files/{id}/parties", new Request(c + "/parties",
                "{\"party\": {\"kind\": \"PRINCIPAL\", \"id\": \"gore-rm\"}}"), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", "/api/v1/case-files/{id}/closure", new Request(c + "/closure",
                "{\"reason\": \"Tramitación terminada\"}"), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", "/api/v1/documents/{id}/archive", new Request(d + "/archive",
                "{\"reason\": \"Fin de vigencia\"}"), INTEGRATOR_OWN, 204, null);
    }

    /**
     * The certification endpoints: the municipality's integrator registers, transfers in, enrols, records modules and
     * withdrawals; the administrator runs the programme (programmes, assessments, drop-outs, certificates, renewals,
     * revocations). Validity of one month with a renewal window of ten years makes renewal open at once.
     */
    private void certificationRows(Map<String, Map<Caller, String>> matrix) {
        String requirements = """
                {"modules": [{"moduleId": "design-thinking", "name": "Design thinking", "hours": 8}],
                 "passMark": 60, "maxAttempts": %d, "validityMonths": 1, "renewalHours": 0,
                 "renewalWindowDays": 3650}""";
        row(matrix, "POST", "/api/v1/certification-programmes", new Request("/api/v1/certification-programmes",
                "{\"programmeId\": \"matrix-programa\", \"title\": \"Programa de prueba\", \"requirements\": "
                        + requirements.formatted(2) + "}"), ADMIN, 201, null);
        row(matrix, "POST", "/api/v1/certification-programmes/{programmeId}/revisions",
                new Request("/api/v1/certification-programmes/matrix-programa/revisions",
                        "{\"requirements\": " + requirements.formatted(3) + ", \"note\": \"Tres intentos\"}"),
                ADMIN, 204, null);
        String ana = rut("15123456").value();
        String luis = rut("16234567").value();
        String eva = rut("17345678").value();
        row(matrix, "POST", "/api/v1/officials", new Request("/api/v1/officials", """
                {"rut": "%s", "name": "Ana Rojas", "municipality": "%s", "position": "Profesional"}"""
                .formatted(ana, MAIPU)), INTEGRATOR_OWN, 201, null);
        ok(system.as(penalolen.key()).post("/api/v1/officials", """
                {"rut": "%s", "name": "Luis Soto", "municipality": "%s"}""".formatted(luis, PENALOLEN)), 201);
        row(matrix, "POST", "/api/v1/officials/{rut}/transfer", new Request("/api/v1/officials/" + luis + "/transfer",
                "{\"toMunicipality\": \"" + MAIPU + "\", \"effectiveOn\": \"2026-03-01\"}"),
                INTEGRATOR_OWN, 204, null);
        ok(system.as(maipu.key()).post("/api/v1/officials", """
                {"rut": "%s", "name": "Eva Díaz", "municipality": "%s"}""".formatted(eva, MAIPU)), 201);
        String enrolment = "{\"programmeId\": \"matrix-programa\", \"rut\": \"%s\", \"cohort\": \"2026-1\", "
                + "\"startDate\": \"2026-03-02\"}";
        String c = "/api/v1/certifications/" + row(matrix, "POST", "/api/v1/certifications",
                new Request("/api/v1/certifications", enrolment.formatted(ana)), INTEGRATOR_OWN, 201, null)
                .json().get("id").asText();
        row(matrix, "POST", "/api/v1/certifications/{id}/modules", new Request(c + "/modules", """
                {"moduleId": "design-thinking", "evidence": "Acta 12", "instructor": "Luis Soto"}"""),
                INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", "/api/v1/certifications/{id}/assessments", new Request(c + "/assessments",
                "{\"score\": 75}"), ADMIN, 204, null);
        row(matrix, "POST", "/api/v1/certifications/{id}/certificate", new Request(c + "/certificate", ""),
                ADMIN, 201, null);
        row(matrix, "POST", "/api/v1/certifications/{id}/renewal", new Request(c + "/renewal",
                "{\"continuingEducationHours\": 0}"), ADMIN, 201, null);
        row(matrix, "POST", "/api/v1/certifications/{id}/revocation", new Request(c + "/revocation",
                "{\"reason\": \"Antecedentes falsos\"}"), ADMIN, 204, null);
        Response second = system.as(maipu.key()).post("/api/v1/certifications", enrolment.formatted(luis));
        ok(second, 201);
        row(matrix, "POST", "/api/v1/certifications/{id}/withdrawal", new Request("/api/v1/certifications/"
                + second.json().get("id").asText() + "/withdrawal", "{\"reason\": \"Cambio de funciones\"}"),
                INTEGRATOR_OWN, 204, null);
        Response third = system.as(maipu.key()).post("/api/v1/certifications", enrolment.formatted(eva));
        ok(third, 201);
        row(matrix, "POST", "/api/v1/certifications/{id}/drop-out", new Request("/api/v1/certifications/"
                + third.json().get("id").asText() + "/drop-out", "{\"reason\": \"Sin asistencia\"}"),
                ADMIN, 204, null);
    }

    /** A certificate issued over HTTP, its credential served publicly: the id (UUID) its Location names. */
    private String issuedCredential() {
        ok(system.admin().post("/api/v1/certification-programmes", """
                {"programmeId": "matrix-publico", "title": "Programa público", "requirements": {"modules":
                 [{"moduleId": "open-data", "name": "Datos abiertos", "hours": 8}], "passMark": 60, "maxAttempts": 2,
                 "validityMonths": 24, "renewalHours": 0, "renewalWindowDays": 60}}"""), 201);
        String rut = rut("18456789").value();
        ok(system.as(maipu.key()).post("/api/v1/officials", """
                {"rut": "%s", "name": "Rosa Pérez", "municipality": "%s"}""".formatted(rut, MAIPU)), 201);
        Response enrolled = system.as(maipu.key()).post("/api/v1/certifications", ("{\"programmeId\": "
                + "\"matrix-publico\", \"rut\": \"%s\", \"cohort\": \"2026-1\", \"startDate\": \"2026-03-02\"}")
                .formatted(rut));
        ok(enrolled, 201);
        String c = "/api/v1/certifications/" + enrolled.json().get("id").asText();
        ok(system.as(maipu.key()).post(c + "/modules", "{\"moduleId\": \"open-data\", \"evidence\": \"Acta 3\", "
                + "\"instructor\": \"Luis Soto\"}"), 204);
        ok(system.admin().post(c + "/assessments", "{\"score\": 90}"), 204);
        Response certified = system.admin().post(c + "/certificate", "");
        ok(certified, 201);
        String credentialId = certified.json().get("id").asText();
        assertThat(certified.location()).isEqualTo("/api/v1/public/credentials/" + credentialId);
        system.await("/api/v1/public/credentials/" + credentialId, j -> true);
        return credentialId;
    }

    private String uploadContent(String text) {
        Response r = system.as(maipu.key()).postMultipart("/api/v1/document-contents",
                RunningSystem.Part.file("decreto.txt", "text/plain", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ok(r, 201);
        return r.json().get("sha256").asText();
    }

    /**
     * The procurement endpoints, all for the buyer's integrator. Steps that need time to pass (a tender that has
     * closed) are prepared through the command bus with past instants, as the demo data is; each row's own call goes
     * over HTTP with the server's clock.
     */
    private void procurementRows(Map<String, Map<Caller, String>> matrix, Instant now) {
        String open = row(matrix, "POST", PROC, new Request(PROC, plan("PUBLIC_TENDER", 5_000_000, "")),
                INTEGRATOR_OWN, 201, null).json().get("id").asText();
        row(matrix, "POST", PROC + "/{id}/market-consultation", new Request(PROC + "/" + open
                + "/market-consultation", "{\"summary\": \"Consulta a 4 proveedores\"}"), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", PROC + "/{id}/tender", new Request(PROC + "/" + open + "/tender",
                "{\"closesAt\": \"" + now.plus(Duration.ofDays(10)) + "\"}"), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", PROC + "/{id}/tender/amendments", new Request(PROC + "/" + open + "/tender/amendments",
                "{\"rationale\": \"Aclaración\", \"description\": \"Anexo 2 corregido\"}"), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", PROC + "/{id}/bids", new Request(PROC + "/" + open + "/bids", bidBody(rut("76086428"))),
                INTEGRATOR_OWN, 201, null);

        Prepared closed = closedTender(now, "76086428", "77123456", "78654321");
        List<String> bids = closed.bids();
        String p = PROC + "/" + closed.id();
        row(matrix, "POST", PROC + "/{id}/bid-opening", new Request(p + "/bid-opening", ""), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", PROC + "/{id}/bids/{bidId}/admissibility", new Request(p + "/bids/" + bids.get(0)
                + "/admissibility", "{\"admissible\": true}"), INTEGRATOR_OWN, 204, null);
        ok(system.as(maipu.key()).post(p + "/bids/" + bids.get(1) + "/admissibility", "{\"admissible\": true}"), 204);
        ok(system.as(maipu.key()).post(p + "/bids/" + bids.get(2) + "/admissibility",
                "{\"admissible\": false, \"reasons\": [\"Sin garantía\"]}"), 204);
        row(matrix, "POST", PROC + "/{id}/evaluation", new Request(p + "/evaluation", "{\"scores\": [{\"bidId\": \""
                + bids.get(0) + "\", \"score\": 80}, {\"bidId\": \"" + bids.get(1) + "\", \"score\": 60}],"
                + " \"reportSummary\": \"Acta\"}"), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", PROC + "/{id}/award", new Request(p + "/award", "{\"bidIds\": [\"" + bids.get(0) + "\"]}"),
                INTEGRATOR_OWN, 204, null);
        String contract = row(matrix, "POST", PROC + "/{id}/contracts", new Request(p + "/contracts",
                contractBody(bids.get(0), 4_000_000)), INTEGRATOR_OWN, 201, null).json().get("id").asText();
        String c = p + "/contracts/" + contract;
        row(matrix, "POST", PROC + "/{id}/contracts/{contractId}/purchase-orders", new Request(c + "/purchase-orders",
                "{\"amount\": 1000000, \"description\": \"Primera entrega\"}"), INTEGRATOR_OWN, 201, null);
        row(matrix, "POST", PROC + "/{id}/contracts/{contractId}/payments", new Request(c + "/payments",
                "{\"amount\": 1000000}"), INTEGRATOR_OWN, 201, null);
        row(matrix, "POST", PROC + "/{id}/contracts/{contractId}/amendments", new Request(c + "/amendments",
                "{\"value\": 5000000, \"rationale\": \"Obras adicionales\"}"), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", PROC + "/{id}/contracts/{contractId}/termination", new Request(c + "/termination",
                "{\"reason\": \"Incumplimiento\"}"), INTEGRATOR_OWN, 204, null);

        Response direct = system.as(maipu.key()).post(PROC, plan("DIRECT_AWARD", 3_000_000,
                ", \"directAwardGround\": \"EMERGENCY\", \"justification\": \"Temporal\""));
        ok(direct, 201);
        String d = PROC + "/" + direct.json().get("id").asText();
        String award = row(matrix, "POST", PROC + "/{id}/direct-award", new Request(d + "/direct-award",
                "{\"supplier\": \"" + rut("96512345") + "\", \"supplierName\": \"Delta SpA\", \"amount\": 3000000}"),
                INTEGRATOR_OWN, 201, null).json().get("id").asText();
        ok(system.as(maipu.key()).post(d + "/contracts", contractBody(award, 3_000_000)), 201);
        row(matrix, "POST", PROC + "/{id}/completion", new Request(d + "/completion", ""), INTEGRATOR_OWN, 204, null);

        Prepared deserted = closedTender(now);
        row(matrix, "POST", PROC + "/{id}/void", new Request(PROC + "/" + deserted.id() + "/void",
                "{\"reason\": \"Sin ofertas\"}"), INTEGRATOR_OWN, 204, null);
    }

    /** The access-request endpoints, for the municipality's integrator; holidays, for the administrator. */
    private void transparencyRows(Map<String, Map<Caller, String>> matrix) {
        String req = "/api/v1/access-requests";
        String receive = "{\"commune\": \"" + MAIPU + "\", \"channel\": \"EMAIL\", \"subject\": \"Actas\","
                + " \"requester\": {\"name\": \"Ana\", \"email\": \"ana@example.cl\"}}";
        String a = row(matrix, "POST", req, new Request(req, receive), INTEGRATOR_OWN, 201, null).json().get("id").asText();
        row(matrix, "POST", req + "/{id}/extension", new Request(req + "/" + a + "/extension",
                "{\"reasons\": \"Volumen\"}"), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", req + "/{id}/third-party-oppositions", new Request(req + "/" + a
                + "/third-party-oppositions", "{\"grounds\": \"Derechos comerciales\"}"), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", req + "/{id}/answer", new Request(req + "/" + a + "/answer", "{\"outcome\": \"DENIED\","
                + " \"summary\": \"No\", \"denialGrounds\": [\"ART_21_2\"]}"), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", req + "/{id}/answer/documents", new Request(req + "/" + a + "/answer/documents",
                "{\"documentId\": \"doc-1\"}"), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", req + "/{id}/amparo", new Request(req + "/" + a + "/amparo",
                "{\"cpltCase\": \"C1-26\"}"), INTEGRATOR_OWN, 204, null);
        row(matrix, "POST", req + "/{id}/amparo/resolution", new Request(req + "/" + a + "/amparo/resolution",
                "{\"outcome\": \"REJECTED\", \"decisionReference\": \"D1\"}"), INTEGRATOR_OWN, 204, null);
        Response other = system.as(maipu.key()).post(req, receive);
        ok(other, 201);
        row(matrix, "POST", req + "/{id}/transfer", new Request(req + "/" + other.json().get("id").asText()
                + "/transfer", "{\"competentBody\": \"SII\", \"reasons\": \"Tributario\"}"), INTEGRATOR_OWN, 204,
                null);
        row(matrix, "POST", "/api/v1/transparency/holidays", new Request("/api/v1/transparency/holidays",
                "{\"date\": \"2031-03-12\", \"name\": \"Matriz\", \"legalSource\": \"Ley 99.999\"}"), ADMIN, 204,
                null);
    }

    private record Prepared(String id, List<String> bids) {
    }

    /** A Maipú L1 tender published 20 days ago that closed yesterday, with a bid from each supplier. */
    private Prepared closedTender(Instant now, String... suppliers) {
        String id = UUID.randomUUID().toString();
        CommandGateway gateway = system.context().getBean(CommandGateway.class);
        gateway.sendAndWait(new PlanProcurementCommand(id, CommuneCode.of(MAIPU), "Compra preparada", "Preparada",
                ProcurementCategory.GOODS, List.of(new ProcurementItem("1", "Luminaria", 10, "unidad", null, null)),
                Clp.of(5_000_000), Clp.of(70_000), ProcurementMethod.PUBLIC_TENDER, null, null, null,
                now.minus(Duration.ofDays(30))));
        gateway.sendAndWait(new PublishTenderCommand(id, now.minus(Duration.ofDays(1)), false, null,
                now.minus(Duration.ofDays(20))));
        List<String> bids = new ArrayList<>();
        for (String supplier : suppliers) {
            String bid = UUID.randomUUID().toString();
            gateway.sendAndWait(new SubmitBidCommand(id, bid, rut(supplier), "Proveedor " + supplier,
                    Clp.of(4_500_000), null, List.of(), now.minus(Duration.ofDays(10))));
            bids.add(bid);
        }
        return new Prepared(id, bids);
    }

    private static String plan(String method, long amount, String extra) {
        return """
                {"buyer": "%s", "title": "Luminarias", "description": "Reposición", "category": "GOODS",
                 "items": [{"description": "Luminaria LED", "quantity": 10, "unit": "unidad"}],
                 "estimatedAmount": %d, "utmValue": 70000, "method": "%s"%s}""".formatted(MAIPU, amount, method, extra);
    }

    private static String bidBody(Rut supplier) {
        return """
                {"supplier": "%s", "supplierName": "Acme Ltda.", "amount": 4500000,
                 "documents": [{"title": "Oferta", "url": "https://docs.example.cl/oferta.pdf"}]}""".formatted(supplier);
    }

    private static String contractBody(String awardId, long value) {
        return """
                {"awardId": "%s", "value": %d, "startsOn": "2026-01-01", "endsOn": "2026-12-31"}""".formatted(awardId, value);
    }

    private static Rut rut(String body) {
        return Rut.of(body + "-" + Rut.checkDigit(body));
    }

    /**
     * Sends one request as every caller: the refused ones first (the state is the one the allowed call needs, so a
     * missing check would show as a success), then the allowed one. {@code asOtherEvaluator} is what the evaluator
     * sends when it claims another evaluator's id; null where no evaluator id is involved.
     */
    private Response row(Map<String, Map<Caller, String>> matrix, String method, String pattern, Request request,
                         Caller allowed, int okStatus, Request asOtherEvaluator) {
        Map<Caller, String> cells = new EnumMap<>(Caller.class);
        matrix.put(method + " " + pattern, cells);
        for (Caller caller : Caller.values()) {
            if (caller == allowed) {
                continue;
            }
            String what = caller.label + " " + method + " " + request.path();
            if (caller == EVALUATOR_AS_OTHER) {
                if (asOtherEvaluator == null) {
                    cells.put(caller, "-");
                    continue;
                }
                // the role is right: the evaluator's identity is what is refused
                assertThat(refused(client(caller), method, asOtherEvaluator, 403, what + " as another evaluator")
                        .json().get("detail").asText()).contains("acts for evaluator eva.uno, not eva.dos");
                cells.put(caller, "403 id");
            } else if (caller == ANONYMOUS || caller == BAD_KEY) {
                assertThat(refused(client(caller), method, request, 401, what).json().get("detail").asText())
                        .isEqualTo(caller == ANONYMOUS ? "Send an API key in X-API-Key"
                                : "Unknown, malformed or revoked API key");
                cells.put(caller, "401");
            } else if (caller == INTEGRATOR_FOREIGN && allowed == INTEGRATOR_OWN) {
                // the role is right: the municipality is what is refused
                assertThat(refused(client(caller), method, request, 403, what).json().get("detail").asText())
                        .contains("may not act for commune " + MAIPU);
                cells.put(caller, "403 scope");
            } else {
                assertThat(refused(client(caller), method, request, 403, what).json().get("detail").asText())
                        .isEqualTo("This credential's role may not do this");
                cells.put(caller, "403");
            }
        }
        Response r = allowed(client(allowed), method, request, okStatus, allowed.label + " " + method + " " + request.path());
        cells.put(allowed, r.status() + "*");
        return r;
    }

    private Client client(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> system.anonymous();
            case BAD_KEY -> system.as(badKey);
            case ADMIN -> system.admin();
            case FUND_OFFICER -> system.as(officer.key());
            case EVALUATOR, EVALUATOR_AS_OTHER -> system.as(evaluator.key());
            case AUDITOR -> system.as(auditor.key());
            case INTEGRATOR_OWN -> system.as(maipu.key());
            case INTEGRATOR_FOREIGN -> system.as(penalolen.key());
        };
    }

    /**
     * The non-GET endpoints under /api the running app maps: what the matrix must cover. Public POSTs (document
     * verification) need no credential, and a content upload records no event and names no municipality: both are
     * covered by DocumentFlowIT.
     */
    private Set<String> commandEndpoints() {
        var mappings = system.context().getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (pattern.startsWith("/api/") && !pattern.startsWith("/api/v1/public/")
                            && !pattern.equals("/api/v1/document-contents")
                            // signing a tree head records no event: theVerifiableLogIsForAuditorsAndAdministrators
                            && !pattern.equals("/api/v1/audit/log/tree-heads")
                            && method != RequestMethod.GET && method != RequestMethod.HEAD) {
                        endpoints.add(method.name() + " " + pattern);
                    }
                }
            }
        });
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(35);
        return endpoints;
    }

    private static void print(Map<String, Map<Caller, String>> matrix) {
        int first = matrix.keySet().stream().mapToInt(String::length).max().orElse(10);
        StringBuilder out = new StringBuilder("\nAuthorization matrix (* = the allowed caller, its call succeeded; "
                + "401/403 = refused as problem+json, no event recorded: 403 for the role, 403 scope for another "
                + "municipality, 403 id for another evaluator's id; - = not applicable)\n");
        out.append(String.format("%-" + first + "s", "endpoint"));
        for (Caller c : Caller.values()) {
            out.append(" | ").append(String.format("%-" + c.label.length() + "s", c.label));
        }
        out.append('\n').append("-".repeat(first));
        for (Caller c : Caller.values()) {
            out.append("-+-").append("-".repeat(c.label.length()));
        }
        out.append('\n');
        matrix.forEach((endpoint, cells) -> {
            out.append(String.format("%-" + first + "s", endpoint));
            for (Caller c : Caller.values()) {
                out.append(" | ").append(String.format("%-" + c.label.length() + "s", cells.get(c)));
            }
            out.append('\n');
        });
        System.out.println(out);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Credentials
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void badCredentialsAreRefusedWithoutRecordingAnything() {
        Instant now = Instant.now();
        Request publish = new Request("/api/v1/fund-calls",
                terms("Bad credentials", now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(30))));
        String unknown = "rlm_0123456789abcdef." + "A".repeat(43);
        refused(system.anonymous(), "POST", publish, 401, "no credential");
        refused(system.as("nonsense"), "POST", publish, 401, "malformed key");
        refused(system.as(unknown), "POST", publish, 401, "well-formed unknown key");
        refused(system.as(badKey), "POST", publish, 401, "right key id, wrong secret");
        refused(system.anonymous().with("Authorization", "ApiKey " + badKey), "POST", publish, 401,
                "wrong secret as Authorization: ApiKey");
        refused(system.anonymous().with("Authorization", "Bearer " + officer.key()), "POST", publish, 401,
                "bearer token while JWT is off");
        allowed(system.anonymous().with("Authorization", "ApiKey " + officer.key()), "POST", publish, 201,
                "the right key as Authorization: ApiKey");
        // a bad key is refused whatever the path, public ones included
        Response publicWithBadKey = system.as(badKey).get("/api/v1/public/fund-calls");
        assertThat(publicWithBadKey.status()).isEqualTo(401);
        assertThat(publicWithBadKey.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        Instant now = Instant.now();
        Request publish = new Request("/api/v1/fund-calls",
                terms("Revocation", now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(30))));
        Issued doomed = issue("{\"client\": \"Oficina temporal\", \"role\": \"fund-officer\"}");
        allowed(system.as(doomed.key()), "POST", publish, 201, "before revocation");
        Issued doomedAdmin = issue("{\"client\": \"Admin temporal\", \"role\": \"admin\"}");
        allowed(system.as(doomedAdmin.key()), "POST", new Request("/api/v1/access/api-keys",
                "{\"client\": \"x\", \"role\": \"auditor\"}"), 201, "admin before revocation");

        ok(system.admin().post("/api/v1/access/api-keys/" + doomed.id() + "/revocation", "{\"reason\": \"left\"}"), 204);
        ok(system.admin().post("/api/v1/access/api-keys/" + doomedAdmin.id() + "/revocation", "{\"reason\": \"left\"}"), 204);

        // no waiting: the very next request is refused
        refused(system.as(doomed.key()), "POST", publish, 401, "revoked key");
        refused(system.as(doomedAdmin.key()), "POST", new Request("/api/v1/access/api-keys",
                "{\"client\": \"y\", \"role\": \"admin\"}"), 401, "revoked admin key issuing a key");
        refused(system.as(doomedAdmin.key()), "POST", new Request("/api/v1/access/api-keys/" + officer.id()
                + "/revocation", "{\"reason\": \"revenge\"}"), 401, "revoked admin key revoking a key");
        assertThat(system.as(doomed.key()).get("/api/v1/public/fund-calls").status()).isEqualTo(401);
        // other keys are untouched
        allowed(system.as(officer.key()), "POST", publish, 201, "another officer key");
    }

    @Test
    void publicEndpointsAnswerWithoutCredentials() {
        Instant now = Instant.now();
        String call = publish(officer, "Public call", now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(30)));
        String application = draftAs(maipu, call, MAIPU);
        system.await("/api/v1/public/fund-applications/" + application, j -> true);
        Response planned = system.as(maipu.key()).post("/api/v1/procurements", """
                {"buyer": "%s", "title": "Public purchase", "description": "Bought directly", "category": "GOODS",
                 "items": [{"description": "Chairs", "quantity": 10, "unit": "unit"}], "estimatedAmount": 3000000,
                 "utmValue": 68000, "method": "FRAMEWORK_AGREEMENT", "frameworkAgreementId": "2239-7-LR23"}
                """.formatted(MAIPU));
        ok(planned, 201);
        String procurement = planned.json().get("id").asText();
        String ocid = "ocds-redlim-" + procurement;
        system.await("/api/v1/public/procurements/" + procurement, j -> true);
        system.await("/api/v1/public/ocds/releases/" + ocid, j -> true);
        Response request = system.as(maipu.key()).post("/api/v1/access-requests", "{\"commune\": \"" + MAIPU
                + "\", \"channel\": \"EMAIL\", \"subject\": \"Actas\", \"requester\": {\"name\": \"Ana\","
                + " \"email\": \"ana@example.cl\"}}");
        ok(request, 201);
        String requestId = request.json().get("id").asText();
        system.await("/api/v1/public/transparency/access-requests/" + requestId, j -> true);
        Response document = system.as(maipu.key()).post("/api/v1/documents", """
                {"document": {"municipality": "%s", "type": "DECREE", "title": "Decreto público", "author": "Alcaldía",
                 "classification": "PUBLIC"}, "content": {"sha256": "%s", "mediaType": "text/plain"}}"""
                .formatted(MAIPU, uploadContent("Decreto público")));
        ok(document, 201);
        String documentId = document.json().get("id").asText();
        system.await("/api/v1/public/documents/" + documentId, j -> true);
        String credentialId = issuedCredential();
        Map<String, String> variables = Map.of("{callId}", call, "{applicationId}", application, "{cut}", MAIPU,
                "{processId}", procurement, "{ocid}", ocid, "{documentId}", documentId, "{version}", "1",
                "{credentialId}", credentialId);

        var mappings = system.context().getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String> gets = new ArrayList<>();
        List<String> credentialed = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            if (pattern.startsWith("/api/") && !pattern.startsWith("/api/v1/audit/")
                    && !pattern.startsWith("/api/v1/admin/")
                    && info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                (pattern.startsWith("/api/v1/public/") ? gets : credentialed).add(pattern);
            }
        }));
        assertThat(gets).hasSizeGreaterThanOrEqualTo(9);
        // the only GETs that need a credential, besides the audit API (AccessRequestFlowIT checks it): a document's
        // content and a case file, for those DocumentFlowIT checks
        assertThat(credentialed).as("every other GET under /api is public")
                .containsExactlyInAnyOrder("/api/v1/documents/{id}/versions/{version}/content",
                        "/api/v1/case-files/{caseFileId}");
        for (String pattern : gets) {
            String path = pattern.replace("{id}", pattern.contains("/access-requests/") ? requestId : documentId);
            for (var v : variables.entrySet()) {
                path = path.replace(v.getKey(), v.getValue());
            }
            assertThat(path).as(pattern + " has every variable filled").doesNotContain("{");
            Response anonymous = system.get(path);
            assertThat(anonymous.status()).as("anonymous GET " + path + ": " + anonymous.body()).isEqualTo(200);
            Response withKey = system.as(auditor.key()).get(path);
            assertThat(withKey.status()).as("auditor GET " + path).isEqualTo(200);
        }
    }

    /** The admin API's reads are for administrators only: every other credential is refused, as problem+json. */
    @Test
    void theAdminReadsAdmitOnlyTheAdministrator() {
        var mappings = system.context().getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> adminGets = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            if (pattern.startsWith("/api/v1/admin/") && info.getMethodsCondition().getMethods()
                    .contains(RequestMethod.GET)) {
                adminGets.add(pattern);
            }
        }));
        assertThat(adminGets).containsExactlyInAnyOrder("/api/v1/admin/read-models",
                "/api/v1/admin/read-model-rebuilds/{id}", "/api/v1/admin/dead-letters");
        String unknownRebuild = UUID.randomUUID().toString();
        for (String pattern : adminGets) {
            String path = pattern.replace("{id}", unknownRebuild);
            assertThat(system.anonymous().get(path).status()).as("anonymous GET " + path).isEqualTo(401);
            assertThat(system.as(badKey).get(path).status()).as("bad key GET " + path).isEqualTo(401);
            for (Issued other : List.of(officer, evaluator, auditor, maipu)) {
                Response refused = system.as(other.key()).get(path);
                assertThat(refused.status()).as(other.subject() + " GET " + path).isEqualTo(403);
                assertThat(refused.contentType()).contains("application/problem+json");
            }
        }
        assertThat(system.admin().get("/api/v1/admin/read-models").status()).isEqualTo(200);
        assertThat(system.admin().get("/api/v1/admin/dead-letters").status()).isEqualTo(200);
        Response unknown = system.admin().get("/api/v1/admin/read-model-rebuilds/" + unknownRebuild);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("NOT_FOUND");
    }

    /**
     * One aggregate's history, its past states and changes: auditors and administrators read them, every other role
     * is refused, and reading records nothing. Every GET the app maps under /api/v1/audit/aggregates is covered.
     */
    @Test
    void theHistoryOfAnAggregateIsForAuditorsAndAdministrators() {
        String base = "/api/v1/audit/aggregates/{aggregateId}";
        Map<String, String> endpoints = Map.of(base + "/events", "/events?limit=5", base + "/state", "/state",
                base + "/changes", "/changes?from=2020-01-01T00:00:00Z");
        var mappings = system.context().getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            if (pattern.startsWith("/api/v1/audit/aggregates/")) {
                assertThat(info.getMethodsCondition().getMethods()).as(pattern).containsOnly(RequestMethod.GET);
                mapped.add(pattern);
            }
        }));
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(endpoints.keySet());
        for (var endpoint : endpoints.entrySet()) {
            // Maipú's commune: registered at the first start and classified before the tests
            Request request = new Request("/api/v1/audit/aggregates/" + MAIPU + endpoint.getValue(), null);
            for (Caller caller : Caller.values()) {
                String what = caller.label + " GET " + endpoint.getKey();
                long before = system.storedEvents();
                if (caller == AUDITOR || caller == ADMIN) {
                    Response r = send(client(caller), "GET", request);
                    assertThat(r.status()).as(what + ": " + r.body()).isEqualTo(200);
                    assertThat(r.json().get("aggregateId").asText()).isEqualTo(MAIPU);
                    assertThat(system.storedEvents()).as(what + " records nothing").isEqualTo(before);
                } else {
                    refused(client(caller), "GET", request, caller == ANONYMOUS || caller == BAD_KEY ? 401 : 403,
                            what);
                }
            }
        }
    }

    /**
     * The feed, traces, tree heads and proofs: auditors and administrators use them, every other role is refused,
     * and nothing they do records an event. Every mapping under /api/v1/audit/events, /trace and /log is covered.
     */
    @Test
    void theVerifiableLogIsForAuditorsAndAdministrators() {
        Response head = system.admin().post("/api/v1/audit/log/tree-heads", "");
        assertThat(head.status()).isEqualTo(201);
        long size = head.json().get("treeSize").asLong();
        Map<String, Request> endpoints = new LinkedHashMap<>();
        endpoints.put("GET /api/v1/audit/events", new Request("/api/v1/audit/events?limit=2", null));
        endpoints.put("GET /api/v1/audit/trace", new Request("/api/v1/audit/trace?client=bootstrap&limit=2", null));
        endpoints.put("GET /api/v1/audit/log", new Request("/api/v1/audit/log", null));
        endpoints.put("GET /api/v1/audit/log/tree-heads", new Request("/api/v1/audit/log/tree-heads", null));
        endpoints.put("GET /api/v1/audit/log/tree-heads/latest", new Request("/api/v1/audit/log/tree-heads/latest", null));
        endpoints.put("GET /api/v1/audit/log/tree-heads/{treeSize}",
                new Request("/api/v1/audit/log/tree-heads/" + size, null));
        endpoints.put("GET /api/v1/audit/log/tree-heads/export", new Request("/api/v1/audit/log/tree-heads/export", null));
        endpoints.put("GET /api/v1/audit/log/proofs/inclusion",
                new Request("/api/v1/audit/log/proofs/inclusion?leafIndex=0&treeSize=" + size, null));
        endpoints.put("GET /api/v1/audit/log/proofs/consistency",
                new Request("/api/v1/audit/log/proofs/consistency?first=" + size + "&second=" + size, null));
        endpoints.put("POST /api/v1/audit/log/tree-heads", new Request("/api/v1/audit/log/tree-heads", ""));
        var mappings = system.context().getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            if (pattern.equals("/api/v1/audit/events") || pattern.equals("/api/v1/audit/trace")
                    || pattern.startsWith("/api/v1/audit/log")) {
                info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
            }
        }));
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(endpoints.keySet());
        for (var endpoint : endpoints.entrySet()) {
            String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
            for (Caller caller : Caller.values()) {
                String what = caller.label + " " + endpoint.getKey();
                long before = system.storedEvents();
                if (caller == AUDITOR || caller == ADMIN) {
                    Response r = send(client(caller), method, endpoint.getValue());
                    assertThat(r.status()).as(what + ": " + r.body()).isIn(200, 201);
                    assertThat(system.storedEvents()).as(what + " records nothing").isEqualTo(before);
                } else {
                    refused(client(caller), method, endpoint.getValue(),
                            caller == ANONYMOUS || caller == BAD_KEY ? 401 : 403, what);
                }
            }
        }
    }

    /**
     * An Idempotency-Key replays the first answer to a retry. The replay must not reach callers that could not have
     * made the call: another role, or another municipality, even when an administrator gave both keys one subject.
     */
    @Test
    void anIdempotentReplayIsNoWayAroundRoleOrScope() {
        Issued sharedOfficer = issue("{\"client\": \"FIM\", \"role\": \"fund-officer\", \"subject\": \"fim.shared\"}");
        Issued sharedAuditor = issue("{\"client\": \"FIM\", \"role\": \"auditor\", \"subject\": \"fim.shared\"}");
        Instant now = Instant.now();
        Request publish = new Request("/api/v1/fund-calls",
                terms("Idempotent", now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(30))));
        Response first = allowed(system.as(sharedOfficer.key()).with("Idempotency-Key", "authz-1"), "POST", publish,
                201, "officer with an Idempotency-Key");
        long events = system.storedEvents();
        Response retry = system.as(sharedOfficer.key()).with("Idempotency-Key", "authz-1").post(publish.path(), publish.body());
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(system.storedEvents()).isEqualTo(events);
        refused(system.as(sharedAuditor.key()).with("Idempotency-Key", "authz-1"), "POST", publish, 403,
                "auditor with the officer's subject and Idempotency-Key");

        Issued vendorMaipu = issue("{\"client\": \"Proveedor\", \"role\": \"integrator\", \"subject\": \"vendor.muni\","
                + " \"communes\": [\"" + MAIPU + "\"]}");
        Issued vendorPenalolen = issue("{\"client\": \"Proveedor\", \"role\": \"integrator\", \"subject\": \"vendor.muni\","
                + " \"communes\": [\"" + PENALOLEN + "\"]}");
        Request draft = new Request(APPS, draft(first.json().get("id").asText(), MAIPU, 1_000_000));
        allowed(system.as(vendorMaipu.key()).with("Idempotency-Key", "authz-2"), "POST", draft, 201,
                "Maipú's key drafting with an Idempotency-Key");
        refused(system.as(vendorPenalolen.key()).with("Idempotency-Key", "authz-2"), "POST", draft, 403,
                "Peñalolén's key, same subject and Idempotency-Key");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Event metadata
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void everyEventRecordsWhoCausedItAndInWhichRequest() {
        Instant now = Instant.now();
        Response published = system.as(officer.key()).with("X-Correlation-Id", "test-corr-1").post("/api/v1/fund-calls",
                terms("Metadata call", now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(30))));
        ok(published, 201);
        assertThat(published.header("X-Correlation-Id")).isEqualTo("test-corr-1");
        String call = published.json().get("id").asText();
        String publishCommand = origin(call, "test-corr-1", officer, "fund-officer", "Oficina del FIM", null);

        Response drafted = system.as(maipu.key()).with("X-Correlation-Id", "test-corr-2")
                .post(APPS, draft(call, MAIPU, 5_000_000));
        ok(drafted, 201);
        String app = drafted.json().get("id").asText();
        String draftCommand = origin(app, "test-corr-2", maipu, "integrator", "Municipalidad de Maipú", MAIPU);
        assertThat(draftCommand).isNotEqualTo(publishCommand);

        // without X-Correlation-Id the request gets one, echoes it, and the events carry it
        Response submitted = system.as(maipu.key()).post(APPS + "/" + app + "/submission", "");
        ok(submitted, 204);
        String generated = submitted.header("X-Correlation-Id");
        assertThat(generated).isNotBlank().isNotEqualTo("test-corr-2");
        origin(app, generated, maipu, "integrator", "Municipalidad de Maipú", MAIPU);

        // one that is not sensible is replaced, never recorded
        Response admissible = system.as(officer.key()).with("X-Correlation-Id", "<script>alert(1)</script>")
                .post(APPS + "/" + app + "/admissibility", "{\"admissible\": true}");
        ok(admissible, 204);
        assertThat(admissible.header("X-Correlation-Id")).doesNotContain("<");
        origin(app, admissible.header("X-Correlation-Id"), officer, "fund-officer", "Oficina del FIM", null);

        ok(system.as(evaluator.key()).put("/api/v1/fund-evaluators/eva.uno/interests",
                "{\"name\": \"Eva Uno\", \"tiedCommunes\": []}"), 204);
        declare(evaluator2, "eva.dos");
        ok(system.as(evaluator.key()).with("X-Correlation-Id", "test-corr-4")
                .post(APPS + "/" + app + "/evaluations", scores("eva.uno")), 204);
        origin(app, "test-corr-4", evaluator, "evaluator", "Evaluadora Uno", null);
        ok(system.as(evaluator2.key()).with("X-Correlation-Id", "test-corr-5")
                .post(APPS + "/" + app + "/evaluations", scores("eva.dos")), 204);
        origin(app, "test-corr-5", evaluator2, "evaluator", "Evaluador Dos", null);

        ok(system.as(officer.key()).with("X-Correlation-Id", "test-corr-6")
                .post("/api/v1/fund-calls/" + call + "/closure", ""), 204);
        origin(call, "test-corr-6", officer, "fund-officer", "Oficina del FIM", null);

        // an award also draws on the call's budget: both aggregates' events come from the award command
        ok(system.as(officer.key()).with("X-Correlation-Id", "test-corr-7")
                .post(APPS + "/" + app + "/award", "{\"amount\": 5000000}"), 204);
        String award = origin(app, "test-corr-7", officer, "fund-officer", "Oficina del FIM", null);
        assertThat(origin(call, "test-corr-7", officer, "fund-officer", "Oficina del FIM", null)).isEqualTo(award);

        Response issued = system.admin().with("X-Correlation-Id", "test-corr-8")
                .post("/api/v1/access/api-keys", "{\"client\": \"Metadata\", \"role\": \"auditor\"}");
        ok(issued, 201);
        origin(IssueApiKeyCommand.aggregateIdOf(issued.json().get("id").asText()), "test-corr-8",
                new Issued(null, null, "bootstrap-admin"), "admin", "bootstrap", null);

        // every event of these aggregates has the whole origin
        for (String aggregate : List.of(call, app)) {
            List<? extends DomainEventMessage<?>> events = events(aggregate);
            assertThat(events).isNotEmpty();
            for (DomainEventMessage<?> e : events) {
                var meta = e.getMetaData();
                for (String key : List.of("principal", "role", "client", "correlationId", "causationId")) {
                    assertThat(meta.get(key)).as(key + " on " + e.getPayloadType().getSimpleName()).isNotNull()
                            .asString().isNotBlank();
                }
                assertThat(meta.get("causationId")).isNotEqualTo(e.getIdentifier());
            }
        }
    }

    /**
     * Checks the events of {@code aggregate} that the request with {@code correlationId} caused: there are some, they
     * name the caller, and their causation id is the id of the one command that request sent. Returns that id.
     */
    private String origin(String aggregate, String correlationId, Issued who, String role, String client,
                          String communes) {
        List<CommandMessage<?>> commands = commandsByCorrelation.getOrDefault(correlationId, List.of());
        assertThat(commands).as("commands handled with correlation id " + correlationId).hasSize(1);
        String commandId = commands.get(0).getIdentifier();
        List<? extends DomainEventMessage<?>> caused = events(aggregate).stream()
                .filter(e -> correlationId.equals(e.getMetaData().get("correlationId"))).toList();
        assertThat(caused).as("events of " + aggregate + " correlated to " + correlationId).isNotEmpty();
        for (DomainEventMessage<?> e : caused) {
            var meta = e.getMetaData();
            String what = e.getPayloadType().getSimpleName() + " from " + correlationId;
            assertThat(meta.get("principal")).as("principal of " + what).isEqualTo(who.subject());
            assertThat(meta.get("role")).as("role of " + what).isEqualTo(role);
            assertThat(meta.get("client")).as("client of " + what).isEqualTo(client);
            assertThat(meta.get("causationId")).as("causationId of " + what).isEqualTo(commandId);
            assertThat(meta.get("scopeCommunes")).as("scope of " + what).isEqualTo(communes);
        }
        return commandId;
    }

    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return system.context().getBean(EventStore.class).readEvents(aggregateId).asStream().toList();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------------

    private Issued issue(String body) {
        Response r = system.admin().post("/api/v1/access/api-keys", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Issued(r.json().get("key").asText(), r.json().get("id").asText(), r.json().get("subject").asText());
    }

    /** The same key id with another secret. */
    private static String tampered(String key) {
        int dot = key.indexOf('.');
        char c = key.charAt(dot + 1);
        return key.substring(0, dot + 1) + (c == 'A' ? 'B' : 'A') + key.substring(dot + 2);
    }

    private String publish(Issued who, String title, Instant opens, Instant closes) {
        Response r = system.as(who.key()).post("/api/v1/fund-calls", terms(title, opens, closes));
        ok(r, 201);
        return r.json().get("id").asText();
    }

    private String draftAs(Issued who, String call, String commune) {
        Response r = system.as(who.key()).post(APPS, draft(call, commune, 2_000_000));
        ok(r, 201);
        return r.json().get("id").asText();
    }

    private void declare(Issued who, String evaluatorId) {
        ok(system.as(who.key()).put("/api/v1/fund-evaluators/" + evaluatorId + "/interests",
                "{\"name\": \"" + evaluatorId + "\", \"tiedCommunes\": []}"), 204);
    }

    private static String terms(String title, Instant opens, Instant closes) {
        return """
                {"title": "%s", "totalBudget": 100000000,
                 "groupCaps": [{"group":1,"cap":100000000},{"group":2,"cap":100000000},{"group":3,"cap":100000000},
                               {"group":4,"cap":100000000},{"group":5,"cap":100000000}],
                 "opensAt": "%s", "closesAt": "%s",
                 "criteria": [{"id":"impact","name":"Public value","weight":60},
                              {"id":"feasibility","name":"Feasibility","weight":40}],
                 "minimumScore": 50}""".formatted(title, opens, closes);
    }

    private static String draft(String call, String commune, long amount) {
        return """
                {"callId": "%s", "commune": "%s", "title": "Proyecto %s", "description": "Descripción",
                 "requestedAmount": %d, "beneficiaries": 100}""".formatted(call, commune, commune, amount);
    }

    private static String scores(String evaluatorId) {
        return "{\"evaluatorId\": \"" + evaluatorId + "\", \"scores\": [{\"criterionId\": \"impact\", \"score\": 80},"
                + " {\"criterionId\": \"feasibility\", \"score\": 70}]}";
    }

    private static Response send(Client client, String method, Request r) {
        return switch (method) {
            case "POST" -> client.post(r.path(), r.body());
            case "PUT" -> client.put(r.path(), r.body());
            case "GET" -> client.get(r.path());
            default -> throw new IllegalArgumentException(method);
        };
    }

    /** Refused as problem+json with UNAUTHENTICATED (401) or FORBIDDEN (403), and nothing recorded. */
    private Response refused(Client client, String method, Request request, int status, String what) {
        long before = system.storedEvents();
        Response r = send(client, method, request);
        assertThat(r.status()).as(what + ": " + r.body()).isEqualTo(status);
        assertThat(r.contentType()).as(what).startsWith("application/problem+json");
        assertThat(r.code()).as(what).isEqualTo(status == 401 ? "UNAUTHENTICATED" : "FORBIDDEN");
        assertThat(system.storedEvents()).as(what + " records nothing").isEqualTo(before);
        return r;
    }

    /**
     * Allowed, and done: the expected success status and new events (except on the admin API, which rebuilds read
     * models and records nothing).
     */
    private Response allowed(Client client, String method, Request request, int status, String what) {
        long before = system.storedEvents();
        Response r = send(client, method, request);
        assertThat(r.status()).as(what + ": " + r.body()).isEqualTo(status);
        if (!request.path().startsWith("/api/v1/admin/")) {
            assertThat(system.storedEvents()).as(what + " records its events").isGreaterThan(before);
        }
        return r;
    }

    private static void ok(Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
    }
}
