package cl.redlim.certification.credential;

import cl.redlim.certification.credential.Verification.DateCheck;
import cl.redlim.certification.credential.Verification.Outcome;
import cl.redlim.certification.credential.Verification.StatusCheck;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies an Open Badges 3.0 credential secured as a VC-JWT: the signature against the issuer's published keys
 * (JWKS), the validity dates against a clock, and the revocation status in the issuer's Bitstring Status List. The
 * same code runs in the server's verifier endpoint and in the offline command-line verifier ({@link VerifierCli}).
 * The cryptography is the Nimbus JOSE+JWT library's.
 */
public final class CredentialVerifier {

    /** Asymmetric algorithms only: a JWKS is public, so an HMAC "signature" with it would prove nothing. */
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.copyOf(union(JWSAlgorithm.Family.EC, JWSAlgorithm.Family.RSA));

    private final JWKSet issuerKeys;
    private final StatusListSource statusLists;
    private final Clock clock;

    public CredentialVerifier(JWKSet issuerKeys, StatusListSource statusLists, Clock clock) {
        this.issuerKeys = issuerKeys;
        this.statusLists = statusLists;
        this.clock = clock;
    }

    public Verification verify(String compactJwt) {
        List<String> problems = new ArrayList<>();
        Optional<Map<String, Object>> signed = signedPayload(compactJwt, problems);
        if (signed.isEmpty()) {
            boolean malformed = problems.stream().anyMatch(p -> p.startsWith("malformed"));
            return new Verification(malformed ? Outcome.MALFORMED : Outcome.INVALID_SIGNATURE, false,
                    DateCheck.NOT_CHECKED, StatusCheck.NOT_CHECKED, null, null, null, null, null, Map.of(),
                    List.copyOf(problems));
        }
        Map<String, Object> vc = signed.get();
        if (!hasTypes(vc, Vocabulary.OPEN_BADGE_CREDENTIAL, "AchievementCredential")) {
            problems.add("malformed: not an OpenBadgeCredential");
            return new Verification(Outcome.MALFORMED, true, DateCheck.NOT_CHECKED, StatusCheck.NOT_CHECKED,
                    string(vc, "id"), null, null, null, null, vc, List.copyOf(problems));
        }
        DateCheck dates = dates(vc, problems);
        StatusCheck status = status(vc, problems);
        Outcome outcome = status == StatusCheck.REVOKED ? Outcome.REVOKED
                : status == StatusCheck.SUSPENDED ? Outcome.SUSPENDED
                : dates == DateCheck.EXPIRED ? Outcome.EXPIRED
                : dates == DateCheck.NOT_YET_VALID ? Outcome.NOT_YET_VALID
                : status == StatusCheck.ACTIVE ? Outcome.VALID : Outcome.VALID_STATUS_UNKNOWN;
        Map<String, Object> subject = object(vc.get("credentialSubject"));
        return new Verification(outcome, true, dates, status, string(vc, "id"), subjectName(subject),
                string(object(subject.get("achievement")), "name"), string(vc, "validFrom"), string(vc, "validUntil"),
                vc, List.copyOf(problems));
    }

    /** The payload, if the JWT is a VC-JWT signed by one of the issuer's keys; else empty, with the reason. */
    private Optional<Map<String, Object>> signedPayload(String compactJwt, List<String> problems) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compactJwt == null ? "" : compactJwt.strip());
        } catch (ParseException e) {
            problems.add("malformed: not a signed JWT (" + e.getMessage() + ")");
            return Optional.empty();
        }
        var header = jws.getHeader();
        if (header.getType() == null || !Vocabulary.JWT_TYPE.equals(header.getType().getType())) {
            problems.add("malformed: JOSE header typ is not " + Vocabulary.JWT_TYPE);
            return Optional.empty();
        }
        if (!ALGORITHMS.contains(header.getAlgorithm())) {
            problems.add("signature: algorithm " + header.getAlgorithm() + " is not accepted");
            return Optional.empty();
        }
        JWK key = header.getKeyID() != null ? issuerKeys.getKeyByKeyId(header.getKeyID())
                : issuerKeys.getKeys().size() == 1 ? issuerKeys.getKeys().get(0) : null;
        if (!(key instanceof AsymmetricJWK asymmetric)) {
            problems.add("signature: no issuer key " + (header.getKeyID() == null ? "(no kid)" : header.getKeyID()));
            return Optional.empty();
        }
        try {
            JWSVerifier verifier = new DefaultJWSVerifierFactory().createJWSVerifier(header, asymmetric.toPublicKey());
            if (!jws.verify(verifier)) {
                problems.add("signature: does not match the content (changed after signing, or another key)");
                return Optional.empty();
            }
        } catch (JOSEException e) {
            problems.add("signature: cannot be checked with the issuer key (" + e.getMessage() + ")");
            return Optional.empty();
        }
        Map<String, Object> payload = jws.getPayload().toJSONObject();
        if (payload == null || !firstContextIsVc2(payload)
                || !hasTypes(payload, Vocabulary.VERIFIABLE_CREDENTIAL)) {
            problems.add("malformed: the payload is not a W3C VC 2.0 credential");
            return Optional.empty();
        }
        return Optional.of(payload);
    }

    private DateCheck dates(Map<String, Object> vc, List<String> problems) {
        Instant now = clock.instant();
        Optional<Instant> from = instant(vc, "validFrom", problems);
        Optional<Instant> until = instant(vc, "validUntil", problems);
        if (from.isEmpty()) {
            problems.add("dates: validFrom is missing or not a date-time");
            return DateCheck.NOT_YET_VALID;
        }
        if (now.isBefore(from.get())) {
            problems.add("dates: valid only from " + from.get());
            return DateCheck.NOT_YET_VALID;
        }
        if (until.isPresent() && now.isAfter(until.get())) {
            problems.add("dates: expired on " + until.get());
            return DateCheck.EXPIRED;
        }
        return DateCheck.WITHIN;
    }

    private StatusCheck status(Map<String, Object> vc, List<String> problems) {
        Object status = vc.get("credentialStatus");
        if (status == null) {
            problems.add("status: the credential names no status list");
            return StatusCheck.UNKNOWN;
        }
        List<?> entries = status instanceof List<?> list ? list : List.of(status);
        StatusCheck result = StatusCheck.ACTIVE;
        for (Object e : entries) {
            Map<String, Object> entry = object(e);
            if (!Vocabulary.STATUS_LIST_ENTRY.equals(entry.get("type"))) {
                continue;
            }
            StatusCheck one = entry(entry, problems);
            if (one.ordinal() > result.ordinal() && one != StatusCheck.NOT_CHECKED) {
                result = one;
            }
        }
        return result;
    }

    private StatusCheck entry(Map<String, Object> entry, List<String> problems) {
        String purpose = string(entry, "statusPurpose");
        String url = string(entry, "statusListCredential");
        if (!Vocabulary.REVOCATION.equals(purpose) && !Vocabulary.SUSPENSION.equals(purpose)) {
            return StatusCheck.NOT_CHECKED;
        }
        long index;
        try {
            index = Long.parseLong(String.valueOf(entry.get("statusListIndex")));
        } catch (NumberFormatException e) {
            problems.add("status: statusListIndex is not a number");
            return StatusCheck.UNKNOWN;
        }
        if (entry.get("statusSize") != null && !"1".equals(String.valueOf(entry.get("statusSize")))) {
            problems.add("status: only statusSize 1 is understood");
            return StatusCheck.UNKNOWN;
        }
        Optional<String> listJwt = url == null ? Optional.empty() : statusLists.find(url);
        if (listJwt.isEmpty()) {
            problems.add("status: the status list " + url + " is not available");
            return StatusCheck.UNKNOWN;
        }
        List<String> listProblems = new ArrayList<>();
        Optional<Map<String, Object>> list = signedPayload(listJwt.get(), listProblems);
        if (list.isEmpty() || !hasTypes(list.get(), Vocabulary.STATUS_LIST_CREDENTIAL)) {
            listProblems.forEach(p -> problems.add("status list " + p));
            problems.add("status: the status list is not a BitstringStatusListCredential signed by the issuer");
            return StatusCheck.UNKNOWN;
        }
        if (!url.equals(list.get().get("id"))) {
            problems.add("status: the status list given is " + list.get().get("id") + ", not " + url);
            return StatusCheck.UNKNOWN;
        }
        Instant now = clock.instant();
        Optional<Instant> listUntil = instant(list.get(), "validUntil", problems);
        if (listUntil.isPresent() && now.isAfter(listUntil.get())) {
            problems.add("status: the status list expired on " + listUntil.get());
            return StatusCheck.UNKNOWN;
        }
        Map<String, Object> subject = object(list.get().get("credentialSubject"));
        if (!purpose.equals(subject.get("statusPurpose"))) {
            problems.add("status: the status list's purpose is " + subject.get("statusPurpose") + ", not " + purpose);
            return StatusCheck.UNKNOWN;
        }
        try {
            boolean set = BitstringStatusList.isSet(BitstringStatusList.decode(string(subject, "encodedList")), index);
            if (!set) {
                return StatusCheck.ACTIVE;
            }
            problems.add("status: " + (purpose.equals(Vocabulary.REVOCATION) ? "revoked" : "suspended")
                    + " (status list as of " + list.get().get("validFrom") + ")");
            return purpose.equals(Vocabulary.REVOCATION) ? StatusCheck.REVOKED : StatusCheck.SUSPENDED;
        } catch (IllegalArgumentException e) {
            problems.add("status: " + e.getMessage());
            return StatusCheck.UNKNOWN;
        }
    }

    private static String subjectName(Map<String, Object> subject) {
        if (subject.get("name") instanceof String name) {
            return name;
        }
        if (subject.get("identifier") instanceof List<?> identifiers) {
            for (Object i : identifiers) {
                Map<String, Object> identity = object(i);
                if ("name".equals(identity.get("identityType")) && Boolean.FALSE.equals(identity.get("hashed"))) {
                    return string(identity, "identityHash");
                }
            }
        }
        return null;
    }

    private static Optional<Instant> instant(Map<String, Object> vc, String name, List<String> problems) {
        if (!(vc.get(name) instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            problems.add("dates: " + name + " is not an XML date-time: " + text);
            return Optional.empty();
        }
    }

    /** VC 2.0 requires its context first. */
    private static boolean firstContextIsVc2(Map<String, Object> vc) {
        return vc.get("@context") instanceof List<?> contexts && !contexts.isEmpty()
                && Vocabulary.VC_CONTEXT.equals(contexts.get(0));
    }

    private static boolean hasTypes(Map<String, Object> vc, String... anyOf) {
        Object type = vc.get("type");
        List<?> types = type instanceof List<?> list ? list : List.of(String.valueOf(type));
        for (String t : anyOf) {
            if (types.contains(t)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String string(Map<String, Object> map, String name) {
        return map.get(name) instanceof String s ? s : null;
    }

    private static List<JWSAlgorithm> union(JWSAlgorithm.Family... families) {
        List<JWSAlgorithm> all = new ArrayList<>();
        for (JWSAlgorithm.Family f : families) {
            all.addAll(f);
        }
        return all;
    }
}
