package cl.redlim.access.command.web;

import cl.redlim.access.api.IssueApiKeyCommand;
import cl.redlim.access.api.RevokeApiKeyCommand;
import cl.redlim.access.api.Role;
import cl.redlim.platform.security.ApiKeys;
import cl.redlim.platform.web.CommandSender;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

@RestController
@RequestMapping("/api/v1/access/api-keys")
@Tag(name = "Access commands", description = "Administrators issue and revoke API keys; both are recorded as events")
class ApiKeyController {

    private final CommandSender commands;
    private final Clock clock;

    ApiKeyController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * @param subject  who acts with the key; for an evaluator, the evaluator id they score under
     * @param communes for an integrator: the CUT codes it may act for
     * @param regions  for an integrator: the regions (all their communes) it may act for
     */
    record IssueRequest(@NotBlank @Size(max = 100) String client,
                        @NotNull Role role,
                        @Pattern(regexp = "[a-z][a-z0-9._-]{2,63}", message = "3 to 64 lower-case letters, digits, '.', '_' or '-'") String subject,
                        @Size(max = 400) List<@NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit CUT code") String> communes,
                        @Size(max = 16) List<@NotNull @Pattern(regexp = "\\d{2}", message = "must be a 2-digit region code") String> regions) {
    }

    /** The one answer that contains the key: keep it, RedLIM only stores its hash. */
    record IssuedKey(String id, String key, String role, String subject) {
    }

    record RevocationRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    @PostMapping
    @Operation(summary = "Issue an API key; the key is in this answer only")
    ResponseEntity<IssuedKey> issue(@Valid @RequestBody IssueRequest request) {
        var key = ApiKeys.generate(ApiKeys.newKeyId());
        String subject = request.subject() != null ? request.subject()
                : java.text.Normalizer.normalize(request.client(), java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-|-$", "");
        var created = commands.created(new IssueApiKeyCommand(key.keyId(), request.client(), request.role(), subject,
                request.communes() == null ? List.of() : request.communes(),
                request.regions() == null ? List.of() : request.regions(), key.secretSha256(), clock.instant()),
                key.keyId(), null);
        return ResponseEntity.status(created.getStatusCode()).headers(created.getHeaders())
                .body(new IssuedKey(key.keyId(), key.key(), request.role().value(), subject));
    }

    @PostMapping("/{keyId}/revocation")
    @Operation(summary = "Revoke an API key; it stops working at once")
    ResponseEntity<Void> revoke(@PathVariable @Pattern(regexp = "[a-z0-9-]{3,40}") String keyId,
                                @Valid @RequestBody RevocationRequest request) {
        return commands.done(new RevokeApiKeyCommand(keyId, request.reason(), clock.instant()));
    }
}
