package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Response;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.transparency.api.AccessRequestChannel;
import cl.redlim.transparency.api.ReceiveAccessRequestCommand;
import cl.redlim.transparency.api.RequesterContact;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An access request over HTTP: received, extended, partially granted, appealed (amparo) and resolved; an overdue
 * one (received 40 days ago through the command gateway, as the demo data is: HTTP stamps the server's clock); an
 * administrator's holiday moving an open deadline; the requester's identity only for auditors.
 */
class AccessRequestFlowIT {

    private static final String MAIPU = "13119";
    private static final String[] PERSONAL = {"Camila Fuentes Oyarzún", "camila.fuentes@example.cl", "+56987654321",
            "Los Aromos 1234"};

    @TempDir
    static Path data;

    @Test
    void receivedExtendedPartiallyGrantedAppealedResolved_andAnOverdueOne() {
        try (RunningSystem system = RunningSystem.start(data)) {
            system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
            String maipu = system.issue("{\"client\": \"Municipalidad de Maipú\", \"role\": \"integrator\", "
                    + "\"communes\": [\"" + MAIPU + "\"]}");
            String auditor = system.issue("{\"client\": \"Contraloría\", \"role\": \"auditor\"}");
            var muni = system.as(maipu);

            Response received = muni.post("/api/v1/access-requests", """
                    {"commune": "13119", "channel": "WEB_PORTAL",
                     "subject": "Copia de los contratos de recolección de residuos vigentes y sus anexos",
                     "requester": {"name": "%s", "email": "%s", "phone": "%s", "postalAddress": "%s"}}
                    """.formatted((Object[]) PERSONAL));
            assertThat(received.status()).as(received.body()).isEqualTo(201);
            String id = received.json().get("id").asText();
            String path = "/api/v1/public/transparency/access-requests/" + id;
            JsonNode view = system.await(path, j -> true);
            LocalDate legal = LocalDate.parse(view.get("deadline").asText());
            assertThat(view.get("legalDeadline").asText()).isEqualTo(legal.toString());
            assertThat(view.get("overdue").asBoolean()).isFalse();

            assertThat(muni.post("/api/v1/access-requests/" + id + "/extension",
                    "{\"reasons\": \"Los anexos están en el archivo municipal y requieren digitalización\"}").status())
                    .isEqualTo(204);
            assertThat(muni.post("/api/v1/access-requests/" + id + "/extension", "{\"reasons\": \"Otra vez\"}").code())
                    .isEqualTo("DEADLINE_ALREADY_EXTENDED");
            view = system.await(path, j -> j.get("extended").asBoolean());
            assertThat(LocalDate.parse(view.get("deadline").asText())).isAfter(legal.plusDays(13));

            assertThat(muni.post("/api/v1/access-requests/" + id + "/answer", """
                    {"outcome": "DENIED", "summary": "Se deniega", "denialGrounds": []}""").code())
                    .isEqualTo("ART21_GROUND_REQUIRED");
            assertThat(muni.post("/api/v1/access-requests/" + id + "/answer", """
                    {"outcome": "PARTIALLY_GRANTED", "summary": "Se entregan los contratos; se reservan datos personales",
                     "withheldParts": [{"description": "RUT y domicilio de los trabajadores", "ground": "ART_21_2"}],
                     "documentIds": ["doc-contrato-2023-17"]}""").status()).isEqualTo(204);
            assertThat(muni.post("/api/v1/access-requests/" + id + "/answer/documents",
                    "{\"documentId\": \"doc-anexo-2\"}").status()).isEqualTo(204);
            assertThat(muni.post("/api/v1/access-requests/" + id + "/amparo", "{\"cpltCase\": \"C4821-25\"}").status())
                    .isEqualTo(204);
            assertThat(muni.post("/api/v1/access-requests/" + id + "/amparo/resolution",
                    "{\"outcome\": \"PARTIALLY_UPHELD\", \"decisionReference\": \"Decisión amparo C4821-25\"}").status())
                    .isEqualTo(204);
            view = system.await(path, j -> j.hasNonNull("amparo") && j.get("amparo").hasNonNull("outcome"));
            assertThat(view.get("status").asText()).isEqualTo("ANSWERED");
            assertThat(view.get("outcome").asText()).isEqualTo("PARTIALLY_GRANTED");
            assertThat(view.get("answeredOnTime").asBoolean()).isTrue();
            assertThat(view.get("withheldParts").get(0).get("ground").asText()).isEqualTo("ART_21_2");
            assertThat(view.get("documentIds").toString()).contains("doc-contrato-2023-17", "doc-anexo-2");
            assertThat(view.get("amparo").get("basis").asText()).isEqualTo("DENIAL");
            assertThat(view.get("amparo").get("outcome").asText()).isEqualTo("PARTIALLY_UPHELD");

            // an overdue one: received 40 days ago, never answered
            String overdue = UUID.randomUUID().toString();
            system.context().getBean(CommandGateway.class).sendAndWait(new ReceiveAccessRequestCommand(overdue,
                    CommuneCode.of(MAIPU), new RequesterContact("Pedro Soto", "pedro@example.cl", null, null),
                    "Actas del concejo municipal de 2024", AccessRequestChannel.EMAIL,
                    Instant.now().minus(Duration.ofDays(40))));
            JsonNode list = system.await("/api/v1/public/transparency/access-requests?commune=13119&overdue=true",
                    j -> j.get("total").asInt() == 1);
            assertThat(list.get("items").get(0).get("requestId").asText()).isEqualTo(overdue);
            assertThat(list.get("items").get(0).get("overdue").asBoolean()).isTrue();
            // the missed deadline opens the amparo
            assertThat(muni.post("/api/v1/access-requests/" + overdue + "/amparo", "{\"cpltCase\": \"C5000-25\"}")
                    .status()).isEqualTo(204); // its deadline passed 8 to 12 days ago: within the 15 business days
            JsonNode compliance = system.await("/api/v1/public/transparency/compliance/13119",
                    j -> j.get("received").asInt() == 2 && j.get("amparoOutcomes").has("PARTIALLY_UPHELD"));
            assertThat(compliance.get("overdue").asInt()).isEqualTo(1);
            assertThat(compliance.get("answeredOnTime").asInt()).isEqualTo(1);
            assertThat(compliance.get("onTimePercent").asDouble()).isEqualTo(100.0);
            assertThat(compliance.get("extensionsUsed").asInt()).isEqualTo(1);
            assertThat(compliance.get("denialsByGround").get("ART_21_2").asInt()).isEqualTo(1);

            // an administrator registers a holiday on an open request's deadline: the deadline moves, with the reason
            Response open = muni.post("/api/v1/access-requests", """
                    {"commune": "13119", "channel": "IN_PERSON", "subject": "Presupuesto del laboratorio de innovación",
                     "requester": {"name": "Luis Rojas", "postalAddress": "Av. Pajaritos 100"}}""");
            String openPath = "/api/v1/public/transparency/access-requests/" + open.json().get("id").asText();
            LocalDate before = LocalDate.parse(system.await(openPath, j -> true).get("deadline").asText());
            Response holiday = system.admin().post("/api/v1/transparency/holidays", """
                    {"date": "%s", "name": "Feriado declarado por ley de prueba", "legalSource": "Ley 99.999"}"""
                    .formatted(before));
            assertThat(holiday.status()).as(holiday.body()).isEqualTo(204);
            assertThat(system.admin().post("/api/v1/transparency/holidays", """
                    {"date": "%s", "name": "Otra vez", "legalSource": "Ley 99.999"}""".formatted(before)).code())
                    .isEqualTo("HOLIDAY_ALREADY_REGISTERED");
            JsonNode moved = system.await(openPath, j -> j.get("deadlineChanges").size() == 1);
            assertThat(LocalDate.parse(moved.get("deadline").asText())).isAfter(before);
            assertThat(moved.get("deadlineChanges").get(0).get("reason").asText()).contains("Ley 99.999");

            // personal data: never public, only for auditors
            for (String p : new String[]{path, "/api/v1/public/transparency/access-requests",
                    "/api/v1/public/transparency/compliance", "/api/v1/public/transparency/compliance/13119"}) {
                String body = system.get(p).body();
                for (String personal : PERSONAL) {
                    assertThat(body).as(p).doesNotContain(personal);
                }
                assertThat(body).doesNotContain("pedro@example.cl", "Luis Rojas", "Pajaritos");
            }
            Response audited = system.as(auditor).get("/api/v1/audit/access-requests/" + id);
            assertThat(audited.status()).as(audited.body()).isEqualTo(200);
            assertThat(audited.json().get("requester").get("email").asText()).isEqualTo(PERSONAL[1]);
            assertThat(audited.json().get("request").get("requestId").asText()).isEqualTo(id);
            assertThat(system.as(maipu).get("/api/v1/audit/access-requests/" + id).status()).isEqualTo(403);
            assertThat(system.get("/api/v1/audit/access-requests/" + id).status()).isEqualTo(401);
        }
    }
}
