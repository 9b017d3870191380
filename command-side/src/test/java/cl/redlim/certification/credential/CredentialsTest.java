package cl.redlim.certification.credential;

import cl.redlim.certification.credential.Verification.DateCheck;
import cl.redlim.certification.credential.Verification.Outcome;
import cl.redlim.certification.credential.Verification.StatusCheck;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issuing and verifying certificates: the credential tests of issue 6 and the offline verifier's acceptance. */
class CredentialsTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T13:00:00Z");
    private static final Instant UNTIL = ISSUED.plus(Duration.ofDays(3 * 365));
    private static final Clock DURING = Clock.fixed(ISSUED.plus(Duration.ofDays(100)), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final CredentialLinks links = new CredentialLinks("https://redlim.example.cl");
    private final IssuerKey key = IssuerKey.generated();
    private final CredentialIssuer issuer = new CredentialIssuer(key, links, "RedLIM");
    private StatusListRegistry registry;
    private RevocationList revocations;

    @BeforeEach
    void registry() {
        registry = new FileStatusListRegistry(dir.resolve("status.bin"), BitstringStatusList.MINIMUM_BITS);
        revocations = new RevocationList(registry, issuer, links, DURING);
    }

    private int nextIndex = 40_000;

    /** Allocation is the domain's (its status-list aggregate); here any unused index will do. */
    private int nextIndex() {
        return nextIndex += 17;
    }

    private CertificateFacts facts(String name, int index) {
        return new CertificateFacts(UUID.randomUUID(), name, "12.345.678-5", "agente-innovacion",
                "Agente de Innovación Pública", 2, "Cinco módulos (40 horas) y evaluación final aprobada",
                ISSUED, UNTIL, index);
    }

    private Verification verify(String jwt, Clock clock) {
        return new CredentialVerifier(key.publicJwks(), revocations::find, clock).verify(jwt);
    }

    /** The same JWS with one character of the holder's name changed in the payload, signature kept. */
    private static String withNameChanged(String jwt, String name, String changed) {
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains(name);
        String tampered = payload.replace(name, changed);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(tampered.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    @Nested
    class Issuing {

        @Test
        void aCredentialIsAnOpenBadgeCredentialOfTheVcDataModel2() {
            CertificateFacts facts = facts("Camila Rojas Muñoz", nextIndex());
            IssuedCredential issued = issuer.issue(facts);
            Map<String, Object> vc = issued.credential();

            assertThat(vc.get("@context")).isEqualTo(List.of("https://www.w3.org/ns/credentials/v2",
                    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
            assertThat(vc.get("type")).isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
            assertThat(vc.get("id")).isEqualTo("urn:uuid:" + facts.credentialId());
            assertThat(vc.get("validFrom")).isEqualTo("2026-03-02T13:00:00Z");
            assertThat(vc.get("validUntil")).isEqualTo(UNTIL.toString());
            assertThat(((Map<?, ?>) vc.get("issuer")).get("id")).isEqualTo(
                    "https://redlim.example.cl/api/v1/public/credentials/issuer");
            Map<?, ?> subject = (Map<?, ?>) vc.get("credentialSubject");
            assertThat(subject.get("type")).isEqualTo(List.of("AchievementSubject"));
            assertThat(((Map<?, ?>) subject.get("achievement")).get("name")).isEqualTo("Agente de Innovación Pública");
            assertThat(vc.get("credentialStatus")).isEqualTo(Map.of(
                    "id", links.revocationList() + "#" + facts.statusListIndex(),
                    "type", "BitstringStatusListEntry", "statusPurpose", "revocation",
                    "statusListIndex", String.valueOf(facts.statusListIndex()),
                    "statusListCredential", "https://redlim.example.cl/api/v1/public/credentials/status-lists/revocation"));
            // the RUT only salted and hashed
            assertThat(issued.jwt()).doesNotContain("12345678");
            String payload = new String(Base64.getUrlDecoder().decode(issued.jwt().split("\\.")[1]), StandardCharsets.UTF_8);
            assertThat(payload).doesNotContain("12.345.678-5").doesNotContain("12345678-5").contains("sha256$");
            String header = new String(Base64.getUrlDecoder().decode(issued.jwt().split("\\.")[0]), StandardCharsets.UTF_8);
            assertThat(header).contains("\"alg\":\"ES256\"").contains("\"typ\":\"vc+jwt\"").contains(key.keyId());
        }

        @Test
        void theStatusListIsASignedBitstringOfAtLeast16KbWithTheRevokedBitsSet() {
            revocations.revoke(7);
            revocations.revoke(131_071);
            Verification list = new CredentialVerifier(key.publicJwks(), StatusListSource.none(), DURING)
                    .verify(revocations.current());
            // it is not an OpenBadgeCredential, but its signature holds
            assertThat(list.signature()).isTrue();
            Map<?, ?> subject = (Map<?, ?>) list.credential().get("credentialSubject");
            assertThat(list.credential().get("type")).isEqualTo(List.of("VerifiableCredential",
                    "BitstringStatusListCredential"));
            assertThat(subject.get("statusPurpose")).isEqualTo("revocation");
            byte[] bits = BitstringStatusList.decode((String) subject.get("encodedList"));
            assertThat(bits.length).isGreaterThanOrEqualTo(16 * 1024);
            assertThat(bits[0]).isEqualTo((byte) 0x01); // index 7: the last bit of the first byte
            assertThat(bits[16 * 1024 - 1]).isEqualTo((byte) 0x01);
            assertThat(BitstringStatusList.isSet(bits, 8)).isFalse();
        }

        @Test
        void revocationsSurviveARestartAndRevokingTwiceIsOnce() {
            int some = nextIndex();
            registry.revoke(some);
            registry.revoke(some);
            StatusListRegistry reopened = new FileStatusListRegistry(dir.resolve("status.bin"),
                    BitstringStatusList.MINIMUM_BITS);
            assertThat(reopened.revoked().get(some)).isTrue();
            assertThat(reopened.revoked().cardinality()).isEqualTo(1);
        }

        @Test
        void theIssuerKeyIsGeneratedOnceAndKeptOwnerOnly() throws Exception {
            Path file = dir.resolve("keys/issuer-key.jwk.json");
            IssuerKey first = IssuerKey.inFile(file);
            IssuerKey again = IssuerKey.inFile(file);
            assertThat(again.keyId()).isEqualTo(first.keyId());
            assertThat(again.publicJwks().toString()).isEqualTo(first.publicJwks().toString());
            assertThat(first.publicJwks().toString()).doesNotContain("\"d\"");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }

        @Test
        void theQrCodeIsAPngOfTheVerificationUrl() throws Exception {
            IssuedCredential issued = issuer.issue(facts("Camila Rojas Muñoz", 1));
            byte[] png = QrCodes.png(issued.verificationUrl(), 300);
            var image = ImageIO.read(new ByteArrayInputStream(png));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(issued.verificationUrl())
                    .startsWith("https://redlim.example.cl/api/v1/public/credentials/").endsWith("/verification");
        }
    }

    @Nested
    class Verifying {

        @Test
        void aSignedCredentialVerifies() {
            IssuedCredential issued = issuer.issue(facts("Camila Rojas Muñoz", nextIndex()));
            Verification v = verify(issued.jwt(), DURING);
            assertThat(v.outcome()).isEqualTo(Outcome.VALID);
            assertThat(v.signature()).isTrue();
            assertThat(v.dates()).isEqualTo(DateCheck.WITHIN);
            assertThat(v.status()).isEqualTo(StatusCheck.ACTIVE);
            assertThat(v.subjectName()).isEqualTo("Camila Rojas Muñoz");
            assertThat(v.achievement()).isEqualTo("Agente de Innovación Pública");
            assertThat(v.problems()).isEmpty();
        }

        @Test
        void changingOneCharacterOfTheSubjectsNameFailsVerification() {
            IssuedCredential issued = issuer.issue(facts("Camila Rojas Muñoz", nextIndex()));
            Verification v = verify(withNameChanged(issued.jwt(), "Camila Rojas", "Camilo Rojas"), DURING);
            assertThat(v.outcome()).isEqualTo(Outcome.INVALID_SIGNATURE);
            assertThat(v.signature()).isFalse();
            assertThat(v.subjectName()).isNull();
            assertThat(v.outcome().accepted()).isFalse();
        }

        @Test
        void aRevokedOneReportsRevoked() {
            int index = nextIndex();
            IssuedCredential issued = issuer.issue(facts("Camila Rojas Muñoz", index));
            IssuedCredential other = issuer.issue(facts("Diego Soto Lagos", nextIndex()));
            revocations.revoke(index);

            Verification v = verify(issued.jwt(), DURING);
            assertThat(v.outcome()).isEqualTo(Outcome.REVOKED);
            assertThat(v.signature()).isTrue();
            assertThat(v.status()).isEqualTo(StatusCheck.REVOKED);
            assertThat(verify(other.jwt(), DURING).outcome()).isEqualTo(Outcome.VALID);
        }

        @Test
        void anExpiredOneReportsExpired() {
            IssuedCredential issued = issuer.issue(facts("Camila Rojas Muñoz", nextIndex()));
            Verification v = verify(issued.jwt(), Clock.fixed(UNTIL.plusSeconds(1), ZoneOffset.UTC));
            assertThat(v.outcome()).isEqualTo(Outcome.EXPIRED);
            assertThat(v.dates()).isEqualTo(DateCheck.EXPIRED);
            assertThat(v.signature()).isTrue();
        }

        @Test
        void oneNotYetValidReportsSo() {
            IssuedCredential issued = issuer.issue(facts("Camila Rojas Muñoz", nextIndex()));
            assertThat(verify(issued.jwt(), Clock.fixed(ISSUED.minusSeconds(60), ZoneOffset.UTC)).outcome())
                    .isEqualTo(Outcome.NOT_YET_VALID);
        }

        @Test
        void anotherIssuersKeyFailsVerification() {
            IssuedCredential forged = new CredentialIssuer(IssuerKey.generated(), links, "RedLIM")
                    .issue(facts("Camila Rojas Muñoz", 3));
            assertThat(verify(forged.jwt(), DURING).outcome()).isEqualTo(Outcome.INVALID_SIGNATURE);
        }

        @Test
        void withoutTheStatusListTheStatusIsUnknownNeverActive() {
            IssuedCredential issued = issuer.issue(facts("Camila Rojas Muñoz", nextIndex()));
            Verification v = new CredentialVerifier(key.publicJwks(), StatusListSource.none(), DURING).verify(issued.jwt());
            assertThat(v.outcome()).isEqualTo(Outcome.VALID_STATUS_UNKNOWN);
            assertThat(v.status()).isEqualTo(StatusCheck.UNKNOWN);
        }

        @Test
        void aStatusListSignedByAnotherKeyIsNotBelieved() {
            int index = nextIndex();
            IssuedCredential issued = issuer.issue(facts("Camila Rojas Muñoz", index));
            String foreignList = new CredentialIssuer(IssuerKey.generated(), links, "RedLIM")
                    .statusList(new BitSet(), DURING.instant());
            Verification v = new CredentialVerifier(key.publicJwks(), StatusListSource.of(foreignList), DURING)
                    .verify(issued.jwt());
            assertThat(v.status()).isEqualTo(StatusCheck.UNKNOWN);
        }

        @Test
        void garbageAndUnsignedTokensAreMalformedOrInvalid() {
            assertThat(verify("not a jwt", DURING).outcome()).isEqualTo(Outcome.MALFORMED);
            String issued = issuer.issue(facts("Camila Rojas Muñoz", 1)).jwt();
            String[] parts = issued.split("\\.");
            String none = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    "{\"alg\":\"none\",\"typ\":\"vc+jwt\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(verify(none + "." + parts[1] + ".", DURING).outcome().accepted()).isFalse();
            assertThat(verify(parts[0] + "." + parts[1] + ".", DURING).outcome()).isEqualTo(Outcome.MALFORMED);
        }
    }

    /** The acceptance line: the offline verifier accepts an issued credential and rejects a tampered copy. */
    @Nested
    class OfflineVerifier {

        private String credentialFile;
        private String jwksFile;
        private String listFile;
        private String tamperedFile;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        @BeforeEach
        void files() throws Exception {
            IssuedCredential issued = issuer.issue(facts("Camila Rojas Muñoz", nextIndex()));
            credentialFile = write("credential.jwt", issued.jwt());
            tamperedFile = write("tampered.jwt", withNameChanged(issued.jwt(), "Camila Rojas", "Camilo Rojas"));
            jwksFile = write("issuer-jwks.json", key.publicJwks().toString());
            listFile = write("status-list.jwt", revocations.current());
        }

        private String write(String name, String content) throws Exception {
            return Files.writeString(dir.resolve(name), content).toString();
        }

        private int run(Clock clock, String... args) {
            return VerifierCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(out, true, StandardCharsets.UTF_8), clock);
        }

        @Test
        void acceptsAnIssuedCredentialWithTheStatusList() {
            assertThat(run(DURING, credentialFile, jwksFile, listFile)).isEqualTo(VerifierCli.VALID);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("result:      VALID")
                    .contains("holder:      Camila Rojas Muñoz");
        }

        @Test
        void withoutTheStatusListAcceptsWithStatusUnknown() {
            assertThat(run(DURING, credentialFile, jwksFile)).isEqualTo(VerifierCli.STATUS_UNKNOWN);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("VALID_STATUS_UNKNOWN");
        }

        @Test
        void rejectsATamperedCopy() {
            assertThat(run(DURING, tamperedFile, jwksFile, listFile)).isEqualTo(VerifierCli.REJECTED);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("INVALID_SIGNATURE");
        }

        @Test
        void rejectsARevokedOneGivenTheNewList() throws Exception {
            revocations.revoke(nextIndex());
            int index = Integer.parseInt(((Map<?, ?>) new CredentialVerifier(key.publicJwks(), StatusListSource.none(),
                    DURING).verify(Files.readString(Path.of(credentialFile))).credential().get("credentialStatus"))
                    .get("statusListIndex").toString());
            revocations.revoke(index);
            String newList = write("status-list-2.jwt", revocations.current());
            assertThat(run(DURING, credentialFile, jwksFile, newList)).isEqualTo(VerifierCli.REJECTED);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("REVOKED");
        }

        @Test
        void rejectsAnExpiredOne() {
            assertThat(run(Clock.fixed(UNTIL.plusSeconds(1), ZoneOffset.UTC), credentialFile, jwksFile, listFile))
                    .isEqualTo(VerifierCli.REJECTED);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("EXPIRED");
        }

        @Test
        void saysHowToUseItWhenArgumentsAreMissing() {
            assertThat(run(DURING, credentialFile)).isEqualTo(VerifierCli.USAGE);
            assertThat(run(DURING, dir.resolve("missing.jwt").toString(), jwksFile)).isEqualTo(VerifierCli.USAGE);
        }
    }
}
