package cl.redlim.app.standalone;

import cl.redlim.app.standalone.RunningSystem.Client;
import cl.redlim.app.standalone.RunningSystem.Response;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer tokens from an identity provider, with {@code redlim.security.jwt.enabled=true}: the token's claims become
 * the actor (sub, azp, redlim_role, redlim_communes, redlim_regions), its signature and expiry are checked, and API
 * keys keep working alongside.
 */
class JwtAuthenticationIT {

    private static final String MAIPU = "13119";
    private static final String PENALOLEN = "13122";

    @TempDir
    Path data;
    @TempDir
    Path keys;

    private RunningSystem system;
    private KeyPair trusted;

    @Test
    void tokensSignedByTheIdentityProviderActForTheirRoleAndScope() throws Exception {
        KeyPair stranger = rsa();
        startTrustingANewIdentityProvider();
        try {
            system.await("/api/v1/public/territory/communes", j -> j.get("total").asInt() == 346);
            Instant now = Instant.now();
            String terms = terms(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(30)));

            // API keys still work alongside tokens
            for (String cut : List.of(MAIPU, PENALOLEN)) {
                Response classified = system.admin().put("/api/v1/territory/communes/" + cut + "/classification",
                        "{\"group\": 2, \"rurality\": \"MIXED\"}");
                assertThat(classified.status()).as(classified.body()).isEqualTo(204);
            }
            String officeKey = system.issue("{\"client\": \"Oficina del FIM\", \"role\": \"fund-officer\"}");
            assertThat(system.as(officeKey).post("/api/v1/fund-calls", terms).status()).isEqualTo(201);
            assertThat(system.anonymous().with("Authorization", "ApiKey " + officeKey)
                    .post("/api/v1/fund-calls", terms).status()).isEqualTo(201);

            // a fund officer's token publishes a call, and the events name the token's subject and client
            Response published = bearer(sign(trusted, claims("ana.fim", "fim-portal", "fund-officer", null, null,
                    now.plus(Duration.ofMinutes(5))))).post("/api/v1/fund-calls", terms);
            assertThat(published.status()).as(published.body()).isEqualTo(201);
            String call = published.json().get("id").asText();
            Map<String, ?> meta = firstEvent(call).getMetaData();
            assertThat(meta.get("principal")).isEqualTo("ana.fim");
            assertThat(meta.get("client")).isEqualTo("fim-portal");
            assertThat(meta.get("role")).isEqualTo("fund-officer");

            // an integrator's token acts for its communes only
            Client maipu = bearer(sign(trusted, claims("sistema.maipu", "maipu-erp", "integrator", List.of(MAIPU), null,
                    now.plus(Duration.ofMinutes(5)))));
            Response own = maipu.post("/api/v1/fund-applications", draft(call, MAIPU));
            assertThat(own.status()).as(own.body()).isEqualTo(201);
            assertThat(firstEvent(own.json().get("id").asText()).getMetaData().get("scopeCommunes")).isEqualTo(MAIPU);
            Response foreign = refused(maipu, draft(call, PENALOLEN), 403, "FORBIDDEN");
            assertThat(foreign.json().get("detail").asText()).contains("may not act for commune " + PENALOLEN);
            refused(maipu, terms, 403, "FORBIDDEN"); // and with its role only

            // a region claim covers every commune of the region
            Client metropolitan = bearer(sign(trusted, claims("gore.rm", "gore-rm", "integrator", null, List.of("13"),
                    now.plus(Duration.ofMinutes(5)))));
            assertThat(metropolitan.post("/api/v1/fund-applications", draft(call, PENALOLEN)).status()).isEqualTo(201);
            refused(metropolitan, draft(call, "05101"), 403, "FORBIDDEN");

            // an evaluator's token scores and declares under its own subject only
            Client evaluator = bearer(sign(trusted, claims("eva.jwt", "panel", "evaluator", null, null,
                    now.plus(Duration.ofMinutes(5)))));
            assertThat(evaluator.put("/api/v1/fund-evaluators/eva.jwt/interests",
                    "{\"name\": \"Eva\", \"tiedCommunes\": []}").status()).isEqualTo(204);
            long before = system.storedEvents();
            Response otherId = evaluator.put("/api/v1/fund-evaluators/eva.otra/interests",
                    "{\"name\": \"Otra\", \"tiedCommunes\": []}");
            assertThat(otherId.status()).isEqualTo(403);
            assertThat(otherId.code()).isEqualTo("FORBIDDEN");
            assertThat(system.storedEvents()).isEqualTo(before);

            // valid tokens without the role
            refused(bearer(sign(trusted, claims("auditora", "cgr", "auditor", null, null,
                    now.plus(Duration.ofMinutes(5))))), terms, 403, "FORBIDDEN");
            refused(bearer(sign(trusted, claims("nadie", "x", null, null, null, now.plus(Duration.ofMinutes(5))))),
                    terms, 403, "FORBIDDEN");

            // tokens that do not authenticate: expired (beyond the decoder's 60 s clock skew), signed by another
            // key, unsigned, garbage; each 401 problem+json, also on an endpoint the role could call
            String expired = sign(trusted, claims("ana.fim", "fim-portal", "fund-officer", null, null,
                    now.minus(Duration.ofMinutes(5))));
            String forged = sign(stranger, claims("ana.fim", "fim-portal", "fund-officer", null, null,
                    now.plus(Duration.ofMinutes(5))));
            String unsigned = new PlainJWT(claims("ana.fim", "fim-portal", "fund-officer", null, null,
                    now.plus(Duration.ofMinutes(5)))).serialize();
            for (String token : List.of(expired, forged, unsigned, "not-a-jwt")) {
                Response r = refused(bearer(token), terms, 401, "UNAUTHENTICATED");
                assertThat(r.json().get("detail").asText()).isEqualTo("Invalid or expired bearer token");
            }
            // and no credential at all still says how to authenticate
            assertThat(refused(system.anonymous(), terms, 401, "UNAUTHENTICATED").json().get("detail").asText())
                    .isEqualTo("Send an API key in X-API-Key or a bearer token in Authorization");
            // public reads need no token, and a valid token does not get in their way
            assertThat(system.get("/api/v1/public/fund-calls").status()).isEqualTo(200);
            assertThat(maipu.get("/api/v1/public/fund-calls").status()).isEqualTo(200);
        } finally {
            system.close();
        }
    }

    /**
     * Signed, unexpired tokens whose claims do not make a RedLIM credential: a role RedLIM does not know, or no
     * subject (commands would carry no principal, and a command without one acts as RedLIM itself, unscoped).
     * They are refused as bad credentials: never a server error, never an unscoped actor.
     */
    @Test
    void tokensWhoseClaimsAreNoRedlimCredentialAreRefused() throws Exception {
        startTrustingANewIdentityProvider();
        try {
            Instant now = Instant.now();
            Instant later = now.plus(Duration.ofMinutes(5));
            String terms = terms(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(30)));
            Response published = bearer(sign(trusted, claims("ana.fim", "fim-portal", "fund-officer", null, null, later)))
                    .post("/api/v1/fund-calls", terms);
            assertThat(published.status()).as(published.body()).isEqualTo(201);
            String call = published.json().get("id").asText();

            // an integrator of Maipú without a subject must not draft for Peñalolén, nor for Maipú
            Client noSubject = bearer(sign(trusted, claims(null, "maipu-erp", "integrator", List.of(MAIPU), null, later)));
            refused(noSubject, draft(call, PENALOLEN), 401, "UNAUTHENTICATED");
            refused(noSubject, draft(call, MAIPU), 401, "UNAUTHENTICATED");
            // nor an evaluator without one declare for any evaluator id
            long before = system.storedEvents();
            Response evaluator = bearer(sign(trusted, claims(null, "panel", "evaluator", null, null, later)))
                    .put("/api/v1/fund-evaluators/eva.uno/interests", "{\"name\": \"Eva\", \"tiedCommunes\": []}");
            assertThat(evaluator.status()).as(evaluator.body()).isEqualTo(401);
            assertThat(evaluator.code()).isEqualTo("UNAUTHENTICATED");
            assertThat(system.storedEvents()).isEqualTo(before);

            Response unknownRole = refused(bearer(sign(trusted, claims("root", "x", "superuser", null, null, later))),
                    terms, 401, "UNAUTHENTICATED");
            assertThat(unknownRole.json().get("detail").asText()).isEqualTo("Invalid or expired bearer token");
        } finally {
            system.close();
        }
    }

    private Client bearer(String token) {
        return system.anonymous().with("Authorization", "Bearer " + token);
    }

    private static JWTClaimsSet claims(String sub, String azp, String role, List<String> communes,
                                       List<String> regions, Instant expires) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(sub).claim("azp", azp) // no sub if null
                .issuer("https://idp.example.cl").issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(expires));
        if (role != null) {
            claims.claim("redlim_role", role);
        }
        if (communes != null) {
            claims.claim("redlim_communes", communes);
        }
        if (regions != null) {
            claims.claim("redlim_regions", regions);
        }
        return claims.build();
    }

    private static String sign(KeyPair keys, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    /** Refused as problem+json with the code, and nothing recorded. */
    private Response refused(Client client, String body, int status, String code) {
        long before = system.storedEvents();
        String path = body.contains("\"callId\"") ? "/api/v1/fund-applications" : "/api/v1/fund-calls";
        Response r = client.post(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo(code);
        assertThat(system.storedEvents()).isEqualTo(before);
        return r;
    }

    private DomainEventMessage<?> firstEvent(String aggregateId) {
        return system.context().getBean(EventStore.class).readEvents(aggregateId).next();
    }

    private static String terms(Instant opens, Instant closes) {
        return """
                {"title": "JWT call", "totalBudget": 100000000,
                 "groupCaps": [{"group":1,"cap":100000000},{"group":2,"cap":100000000},{"group":3,"cap":100000000},
                               {"group":4,"cap":100000000},{"group":5,"cap":100000000}],
                 "opensAt": "%s", "closesAt": "%s",
                 "criteria": [{"id":"impact","name":"Public value","weight":100}],
                 "minimumScore": 50}""".formatted(opens, closes);
    }

    private static String draft(String call, String commune) {
        return """
                {"callId": "%s", "commune": "%s", "title": "Proyecto", "description": "Descripción",
                 "requestedAmount": 1000000, "beneficiaries": 10}""".formatted(call, commune);
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** A fresh identity-provider key pair, its public key as PEM, and the system started trusting it. */
    private void startTrustingANewIdentityProvider() throws Exception {
        trusted = rsa();
        Path pem = keys.resolve("idp-public.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(trusted.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        system = RunningSystem.start(data, "--redlim.security.jwt.enabled=true",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + pem.toAbsolutePath());
    }
}
