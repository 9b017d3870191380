package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Response;
import cl.redlim.certification.credential.CertificateFacts;
import cl.redlim.certification.credential.CredentialIssuer;
import cl.redlim.certification.credential.IssuedCredential;
import cl.redlim.certification.credential.RevocationList;
import cl.redlim.certification.credential.VerifierCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public credential API over HTTP: issuer key and revocation list published, the verifier endpoint's outcomes,
 * and the offline verifier fed with what a citizen downloads from those URLs. Credentials are issued through the
 * issuer bean, as the certification domain will when it certifies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialEndpointsIT {

    @TempDir
    static Path data;

    private RunningSystem system;
    private CredentialIssuer issuer;
    private RevocationList revocations;
    /** Indexes the domain never hands out in this IT (its status list draws at random; these are for credentials issued directly). */
    private int nextIndex = 120_000;

    @BeforeAll
    void start() {
        system = RunningSystem.start(data);
        issuer = system.context().getBean(CredentialIssuer.class);
        revocations = system.context().getBean(RevocationList.class);
    }

    @AfterAll
    void stop() {
        system.close();
    }

    private IssuedCredential issue(String name, Instant from, Instant until) {
        return issuer.issue(new CertificateFacts(UUID.randomUUID(), name, "15.234.567-1", "agente-innovacion",
                "Agente de Innovación Pública", 1, "Módulos de diseño, co-creación y datos abiertos; evaluación",
                from, until, nextIndex += 13));
    }

    private String verify(String jwt) {
        Response r = system.post("/api/v1/public/credentials/verifications",
                RunningSystem.JSON.createObjectNode().put("credential", jwt).toString());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("outcome").asText();
    }

    @Test
    void theIssuerKeyAndTheRevocationListArePublic() {
        Response jwks = system.get("/api/v1/public/credentials/issuer/jwks.json");
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.json().get("keys").get(0).get("kty").asText()).isEqualTo("EC");
        assertThat(jwks.json().get("keys").get(0).has("d")).as("no private part").isFalse();
        Response profile = system.get("/api/v1/public/credentials/issuer");
        assertThat(profile.json().get("publicKeys").asText()).endsWith("/api/v1/public/credentials/issuer/jwks.json");
        Response list = system.get("/api/v1/public/credentials/status-lists/revocation");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.contentType()).startsWith("application/vc+jwt");
        assertThat(list.body().split("\\.")).hasSize(3);
    }

    @Test
    void theVerifierEndpointTellsValidTamperedRevokedAndExpired() {
        Instant now = Instant.now();
        IssuedCredential valid = issue("Francisca Paredes Vidal", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1000)));
        assertThat(verify(valid.jwt())).isEqualTo("VALID");

        String[] parts = valid.jwt().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("Francisca", "Franciska").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(verify(tampered)).isEqualTo("INVALID_SIGNATURE");

        IssuedCredential revoked = issue("Tomás Fuentes Araya", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1000)));
        int index = Integer.parseInt(((java.util.Map<?, ?>) revoked.credential().get("credentialStatus"))
                .get("statusListIndex").toString());
        revocations.revoke(index);
        assertThat(verify(revoked.jwt())).isEqualTo("REVOKED");
        assertThat(verify(valid.jwt())).isEqualTo("VALID");

        IssuedCredential expired = issue("Josefa Morales Pinto", now.minus(Duration.ofDays(800)), now.minus(Duration.ofDays(1)));
        assertThat(verify(expired.jwt())).isEqualTo("EXPIRED");

        assertThat(verify("eyJhbGciOiJub25lIn0.e30.")).isEqualTo("MALFORMED");
        assertThat(system.post("/api/v1/public/credentials/verifications", "{}").status()).isEqualTo(400);
    }

    @Test
    void theOfflineVerifierWorksWithWhatTheApiPublishes() throws Exception {
        Instant now = Instant.now();
        IssuedCredential issued = issue("Ignacio Reyes Castro", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1000)));
        Path credential = Files.writeString(data.resolve("credential.jwt"), issued.jwt());
        Path jwks = Files.writeString(data.resolve("issuer-jwks.json"),
                system.get("/api/v1/public/credentials/issuer/jwks.json").body());
        Path list = Files.writeString(data.resolve("status-list.jwt"),
                system.get("/api/v1/public/credentials/status-lists/revocation").body());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = VerifierCli.run(new String[]{credential.toString(), jwks.toString(), list.toString()}, print, print,
                Clock.systemUTC());
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(VerifierCli.VALID);
    }
}
