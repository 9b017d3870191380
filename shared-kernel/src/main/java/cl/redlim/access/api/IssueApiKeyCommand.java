package cl.redlim.access.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Issues an API key. Only the SHA-256 of its secret travels and is stored; the secret is shown once, to the
 * administrator who issued it.
 *
 * @param subject who acts with the key: for an evaluator, the evaluator id; otherwise the client's name
 */
public record IssueApiKeyCommand(String keyId, String client, Role role, String subject, List<String> communes,
                                 List<String> regions, String secretSha256, Instant issuedAt) {

    public static String aggregateIdOf(String keyId) {
        return "apikey:" + keyId;
    }

    @TargetAggregateIdentifier
    public String aggregateId() {
        return aggregateIdOf(keyId);
    }
}
