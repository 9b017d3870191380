package cl.redlim.access.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record RevokeApiKeyCommand(String keyId, String reason, Instant revokedAt) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return IssueApiKeyCommand.aggregateIdOf(keyId);
    }
}
