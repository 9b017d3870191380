package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Response;
import cl.redlim.certification.credential.VerifierCli;
import cl.redlim.kernel.Rut;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The domain and the credentials connected, over HTTP: certifying an official issues a signed certificate that the
 * offline verifier (the CLI's code) accepts with what the API publishes; revoking it makes the verifier, online and
 * offline, report REVOKED; the revocation list is rebuilt from the events when its file is lost.
 */
class CertificationCredentialIT {

    private static final String MAIPU = "13119";

    @TempDir
    Path data;

    @TempDir
    Path downloads;

    @Test
    void aCertificateIssuedOverHttpVerifiesOfflineAndRevokingItMakesItRevoked() throws Exception {
        String credentialId;
        String certification;
        try (RunningSystem system = RunningSystem.start(data)) {
            system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
            String integrator = system.issue("{\"client\": \"Municipalidad de Maipú\", \"role\": \"integrator\", "
                    + "\"communes\": [\"" + MAIPU + "\"]}");
            ok(system.admin().post("/api/v1/certification-programmes", """
                    {"programmeId": "agentes-innovacion", "title": "Agente de Innovación Pública", "requirements":
                     {"modules": [{"moduleId": "design-thinking", "name": "Design thinking", "hours": 20},
                                  {"moduleId": "datos-abiertos", "name": "Datos abiertos", "hours": 12}],
                      "passMark": 70, "maxAttempts": 3, "validityMonths": 36, "renewalHours": 16,
                      "renewalWindowDays": 90}}"""), 201);
            String rut = Rut.of("15234567-" + Rut.checkDigit("15234567")).value();
            ok(system.as(integrator).post("/api/v1/officials", """
                    {"rut": "%s", "name": "Camila Rojas Muñoz", "municipality": "%s"}""".formatted(rut, MAIPU)), 201);
            Response enrolled = system.as(integrator).post("/api/v1/certifications", """
                    {"programmeId": "agentes-innovacion", "rut": "%s", "cohort": "2026-1", "startDate": "2026-03-02"}"""
                    .formatted(rut));
            ok(enrolled, 201);
            certification = "/api/v1/certifications/" + enrolled.json().get("id").asText();
            for (String module : new String[]{"design-thinking", "datos-abiertos"}) {
                ok(system.as(integrator).post(certification + "/modules", """
                        {"moduleId": "%s", "evidence": "Acta 7", "instructor": "Luis Soto"}""".formatted(module)), 204);
            }
            ok(system.admin().post(certification + "/assessments", "{\"score\": 82}"), 204);

            Response certified = system.admin().post(certification + "/certificate", "");
            ok(certified, 201);
            credentialId = certified.json().get("id").asText();
            assertThat(certified.location()).isEqualTo("/api/v1/public/credentials/" + credentialId);

            // the credential as JSON (and its JWT), from the query side's read model
            var json = system.await("/api/v1/public/credentials/" + credentialId, j -> true);
            assertThat(json.get("id").asText()).isEqualTo("urn:uuid:" + credentialId);
            assertThat(json.get("credential").get("credentialSubject").get("identifier").get(0).get("identityHash")
                    .asText()).isEqualTo("Camila Rojas Muñoz");
            assertThat(json.toString()).doesNotContain(rut).doesNotContain("15.234.567");
            String jwt = json.get("jwt").asText();
            Response raw = system.anonymous().with("Accept", "application/vc+jwt")
                    .get("/api/v1/public/credentials/" + credentialId);
            assertThat(raw.status()).isEqualTo(200);
            assertThat(raw.body()).isEqualTo(jwt);

            // offline: the citizen's downloads and the CLI's code accept it
            Path credential = Files.writeString(downloads.resolve("credential.jwt"), jwt);
            Path jwks = Files.writeString(downloads.resolve("issuer-jwks.json"),
                    system.get("/api/v1/public/credentials/issuer/jwks.json").body());
            assertThat(offline(credential, jwks, statusList(system))).contains("VALID").startsWith("0:");
            assertThat(system.get("/api/v1/public/credentials/" + credentialId + "/verification").json()
                    .get("outcome").asText()).isEqualTo("VALID");

            // the QR code opens the verification
            assertThat(qr(system.base() + "/api/v1/public/credentials/" + credentialId + "/qr.png"))
                    .endsWith("/api/v1/public/credentials/" + credentialId + "/verification");

            // a tampered copy is refused offline
            String[] parts = jwt.split("\\.");
            String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            Path tampered = Files.writeString(downloads.resolve("tampered.jwt"), parts[0] + "."
                    + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload
                    .replace("Camila", "Camilo").getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
            assertThat(offline(tampered, jwks, statusList(system))).startsWith("1:").contains("INVALID_SIGNATURE");

            // revoked: the bit is set by the command side's processor, so the published list says so shortly
            ok(system.admin().post(certification + "/revocation", "{\"reason\": \"Antecedentes falsos\"}"), 204);
            system.await("/api/v1/public/credentials/" + credentialId + "/verification",
                    j -> j.get("outcome").asText().equals("REVOKED"));
            assertThat(offline(credential, jwks, statusList(system))).startsWith("1:").contains("REVOKED");
            assertThat(system.get("/api/v1/public/credentials/status-lists/revocation").body())
                    .doesNotContain("Antecedentes");
            assertThat(system.get("/api/v1/public/credentials/00000000-0000-0000-0000-000000000000").status())
                    .isEqualTo(404);
        }

        // the registry file is lost: the revocation comes back from the events at the next start
        Path registry = data.resolve("credentials").resolve("status-list.bin");
        assertThat(registry).exists();
        Files.delete(registry);
        try (RunningSystem system = RunningSystem.start(data)) {
            system.await("/api/v1/public/credentials/" + credentialId + "/verification",
                    j -> j.get("outcome").asText().equals("REVOKED"));
        }
    }

    private Path statusList(RunningSystem system) throws Exception {
        return Files.writeString(downloads.resolve("status-list.jwt"),
                system.get("/api/v1/public/credentials/status-lists/revocation").body());
    }

    /** Runs the offline verifier's code: "exit status: output". */
    private static String offline(Path credential, Path jwks, Path list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = VerifierCli.run(new String[]{credential.toString(), jwks.toString(), list.toString()}, print,
                print, Clock.systemUTC());
        return exit + ": " + out.toString(StandardCharsets.UTF_8);
    }

    private static String qr(String url) throws Exception {
        HttpResponse<byte[]> png = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    private static void ok(Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
    }
}
