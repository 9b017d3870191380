package cl.redlim.platform.security;

import cl.redlim.access.api.Actor;
import cl.redlim.access.api.ApiKeyIssuedEvent;
import cl.redlim.access.api.ApiKeyRevokedEvent;
import cl.redlim.access.api.IssueApiKeyCommand;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * API keys look like {@code rlm_<keyId>.<secret>}. Only the SHA-256 of the secret is stored, in the key's events;
 * a key is checked against those events at every request, so a revocation takes effect at once on every instance.
 * The secret has 256 random bits, which is why a plain SHA-256 (not a slow password hash) is the right digest.
 */
@Component
public class ApiKeys {

    private static final Pattern FORMAT = Pattern.compile("rlm_([a-z0-9-]{3,40})\\.([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EventStore eventStore;

    public ApiKeys(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** A fresh key: its id, its secret and the text the holder sends. */
    public record NewKey(String keyId, String secretSha256, String key) {
    }

    public static NewKey generate(String keyId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new NewKey(keyId, sha256(encoded), "rlm_" + keyId + "." + encoded);
    }

    public static String newKeyId() {
        byte[] id = new byte[8];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    /** The actor a presented key stands for, if the key is well formed, known, not revoked and its secret matches. */
    public Optional<Actor> authenticate(String presented) {
        var m = FORMAT.matcher(presented == null ? "" : presented.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String keyId = m.group(1);
        ApiKeyIssuedEvent issued = null;
        boolean revoked = false;
        var events = eventStore.readEvents(IssueApiKeyCommand.aggregateIdOf(keyId));
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            if (payload instanceof ApiKeyIssuedEvent e) {
                issued = e;
            } else if (payload instanceof ApiKeyRevokedEvent) {
                revoked = true;
            }
        }
        if (issued == null || revoked || !MessageDigest.isEqual(
                issued.secretSha256().getBytes(StandardCharsets.US_ASCII),
                sha256(m.group(2)).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new Actor(issued.subject(), issued.role(), issued.client(),
                new HashSet<>(issued.communes()), new HashSet<>(issued.regions())));
    }

    public static String keyIdOf(String presented) {
        var m = FORMAT.matcher(presented == null ? "" : presented.strip());
        return m.matches() ? m.group(1) : null;
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
