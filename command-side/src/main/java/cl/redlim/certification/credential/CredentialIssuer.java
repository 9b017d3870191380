package cl.redlim.certification.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs certificates as Open Badges 3.0 {@code OpenBadgeCredential}s (W3C VC Data Model 2.0) secured as VC-JWT
 * (JOSE {@code typ} {@code vc+jwt}, ES256, the payload is the credential itself), and the issuer's revocation list
 * as a Bitstring Status List credential. The signing is Nimbus JOSE+JWT's.
 */
public final class CredentialIssuer {

    private final IssuerKey key;
    private final CredentialLinks links;
    private final String issuerName;
    private final SecureRandom random = new SecureRandom();

    public CredentialIssuer(IssuerKey key, CredentialLinks links, String issuerName) {
        this.key = key;
        this.links = links;
        this.issuerName = issuerName;
    }

    public IssuedCredential issue(CertificateFacts facts) {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(Vocabulary.VC_CONTEXT, Vocabulary.OB_CONTEXT));
        vc.put("id", "urn:uuid:" + facts.credentialId());
        vc.put("type", List.of(Vocabulary.VERIFIABLE_CREDENTIAL, Vocabulary.OPEN_BADGE_CREDENTIAL));
        vc.put("issuer", issuerProfile());
        vc.put("validFrom", dateTime(facts.issuedAt()));
        if (facts.validUntil() != null) {
            vc.put("validUntil", dateTime(facts.validUntil()));
        }
        vc.put("name", facts.programmeTitle());
        vc.put("credentialSubject", subject(facts));
        vc.put("credentialStatus", Map.of(
                "id", links.revocationList() + "#" + facts.statusListIndex(),
                "type", Vocabulary.STATUS_LIST_ENTRY,
                "statusPurpose", Vocabulary.REVOCATION,
                "statusListIndex", String.valueOf(facts.statusListIndex()),
                "statusListCredential", links.revocationList()));
        // JWT claims beside the credential, for JOSE tooling; they repeat what the credential says
        vc.put("iss", links.issuer());
        vc.put("jti", vc.get("id"));
        vc.put("nbf", facts.issuedAt().getEpochSecond());
        if (facts.validUntil() != null) {
            vc.put("exp", facts.validUntil().getEpochSecond());
        }
        return new IssuedCredential((String) vc.get("id"), sign(vc), Map.copyOf(vc),
                links.verification(facts.credentialId()));
    }

    /** The revocation list as of {@code now}, every revoked index set. */
    public String statusList(BitSet revoked, Instant now) {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(Vocabulary.VC_CONTEXT));
        vc.put("id", links.revocationList());
        vc.put("type", List.of(Vocabulary.VERIFIABLE_CREDENTIAL, Vocabulary.STATUS_LIST_CREDENTIAL));
        vc.put("issuer", links.issuer());
        vc.put("validFrom", dateTime(now));
        vc.put("credentialSubject", Map.of(
                "id", links.revocationList() + "#list",
                "type", Vocabulary.STATUS_LIST,
                "statusPurpose", Vocabulary.REVOCATION,
                "encodedList", BitstringStatusList.encode(revoked)));
        vc.put("iss", links.issuer());
        vc.put("nbf", now.getEpochSecond());
        return sign(vc);
    }

    /** The issuer as every credential names it (an Open Badges {@code Profile}). */
    public Map<String, Object> issuerProfile() {
        return Map.of("id", links.issuer(), "type", List.of("Profile"), "name", issuerName);
    }

    private Map<String, Object> subject(CertificateFacts facts) {
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", links.achievement(facts.programmeId(), facts.programmeVersion()));
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", facts.programmeTitle());
        achievement.put("description", facts.programmeTitle() + " (versión " + facts.programmeVersion() + ")");
        achievement.put("criteria", Map.of("narrative", facts.programmeCriteria()));
        achievement.put("version", String.valueOf(facts.programmeVersion()));
        achievement.put("inLanguage", "es-CL");
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(
                Map.of("type", "IdentityObject", "identityType", "name", "hashed", false,
                        "identityHash", facts.officialName()),
                hashedRut(facts.officialRut())));
        subject.put("achievement", achievement);
        return subject;
    }

    /**
     * The RUT salted and hashed (Open Badges {@code IdentityObject}): whoever knows the holder's RUT can check it,
     * whoever scans the credential does not learn it.
     */
    private Map<String, Object> hashedRut(String rut) {
        byte[] saltBytes = new byte[16];
        random.nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        String normalized = rut.replace(".", "").strip().toUpperCase();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((normalized + salt).getBytes(StandardCharsets.UTF_8));
            return Map.of("type", "IdentityObject", "identityType", "nationalIdentityNumber", "hashed", true,
                    "identityHash", "sha256$" + HexFormat.of().formatHex(hash), "salt", salt);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(Map<String, Object> payload) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType(Vocabulary.JWT_TYPE))
                .contentType(Vocabulary.JWT_CONTENT_TYPE)
                .keyID(key.keyId())
                .build();
        JWSObject jws = new JWSObject(header, new Payload(payload));
        try {
            jws.sign(new ECDSASigner(key.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with the issuer key", e);
        }
        return jws.serialize();
    }

    private static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
