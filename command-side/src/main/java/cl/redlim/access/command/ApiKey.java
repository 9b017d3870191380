package cl.redlim.access.command;

import cl.redlim.access.api.ApiKeyIssuedEvent;
import cl.redlim.access.api.ApiKeyRevokedEvent;
import cl.redlim.access.api.IssueApiKeyCommand;
import cl.redlim.access.api.RevokeApiKeyCommand;
import cl.redlim.access.api.Role;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.territory.api.CommuneRegistry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An API key: issued and revoked by an administrator, so who could act, and since when, is part of history.
 * Only the SHA-256 of the secret is ever recorded.
 */
@Aggregate(commandTargetResolver = "metaDataVersionTargetResolver")
class ApiKey {

    @AggregateIdentifier
    private String aggregateId;
    private boolean revoked;

    protected ApiKey() {
    }

    @CommandHandler
    ApiKey(IssueApiKeyCommand command, CommuneRegistry communes) {
        List<String> scopeCommunes = command.communes() == null ? List.of() : List.copyOf(command.communes());
        List<String> scopeRegions = command.regions() == null ? List.of() : List.copyOf(command.regions());
        boolean scoped = !scopeCommunes.isEmpty() || !scopeRegions.isEmpty();
        if (command.role() == Role.INTEGRATOR && !scoped) {
            throw new DomainException(ErrorCode.INVALID_CREDENTIAL_SCOPE,
                    "An integrator's key names the communes or regions it acts for");
        }
        if (command.role() != Role.INTEGRATOR && scoped) {
            throw new DomainException(ErrorCode.INVALID_CREDENTIAL_SCOPE,
                    "Only integrators are scoped to communes or regions; " + command.role().value() + " is national");
        }
        for (String cut : scopeCommunes) {
            if (communes.find(CommuneCode.of(cut)).isEmpty()) {
                throw new DomainException(ErrorCode.UNKNOWN_COMMUNE, "No commune " + cut + " is registered");
            }
        }
        for (String region : scopeRegions) {
            if (!region.matches("0[1-9]|1[0-6]")) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "Region codes are 01 to 16; got " + region);
            }
        }
        apply(new ApiKeyIssuedEvent(command.keyId(), command.client(), command.role(), command.subject(),
                scopeCommunes, scopeRegions, command.secretSha256(), command.issuedAt()));
    }

    @CommandHandler
    void handle(RevokeApiKeyCommand command) {
        if (revoked) {
            throw new DomainException(ErrorCode.INVALID_STATE_TRANSITION, "The key is revoked already");
        }
        apply(new ApiKeyRevokedEvent(command.keyId(), command.reason(), command.revokedAt()));
    }

    @EventSourcingHandler
    void on(ApiKeyIssuedEvent event) {
        this.aggregateId = IssueApiKeyCommand.aggregateIdOf(event.keyId());
    }

    @EventSourcingHandler
    void on(ApiKeyRevokedEvent event) {
        this.revoked = true;
    }
}
