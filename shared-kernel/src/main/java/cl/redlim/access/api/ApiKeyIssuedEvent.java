package cl.redlim.access.api;

import java.time.Instant;
import java.util.List;

public record ApiKeyIssuedEvent(String keyId, String client, Role role, String subject, List<String> communes,
                                List<String> regions, String secretSha256, Instant issuedAt) {
}
