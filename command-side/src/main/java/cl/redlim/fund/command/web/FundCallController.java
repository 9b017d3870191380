package cl.redlim.fund.command.web;

import cl.redlim.fund.api.AmendFundCallCommand;
import cl.redlim.fund.api.CloseFundCallCommand;
import cl.redlim.fund.api.PublishFundCallCommand;
import cl.redlim.fund.command.web.FundCallRequests.CallTermsRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import cl.redlim.platform.web.CommandSender;
import cl.redlim.platform.web.CommandSender.Created;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/fund-calls")
@Tag(name = "Fund call commands", description = "The fund office publishes, amends and closes calls (convocatorias)")
class FundCallController {

    private final CommandSender commands;
    private final Clock clock;

    FundCallController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Publish a call: budget, caps per commune group, submission window, weighted criteria")
    ResponseEntity<Created> publish(@Valid @RequestBody CallTermsRequest request) {
        String id = UUID.randomUUID().toString();
        return commands.created(new PublishFundCallCommand(id, request.toTerms(), clock.instant()), id,
                "/api/v1/public/fund-calls/" + id);
    }

    @PostMapping("/{callId}/amendments")
    @Operation(summary = "Replace a call's terms, before its submission window opens")
    ResponseEntity<Void> amend(@PathVariable UUID callId, @Valid @RequestBody CallTermsRequest request) {
        return commands.done(new AmendFundCallCommand(callId.toString(), request.toTerms(), clock.instant()));
    }

    @PostMapping("/{callId}/closure")
    @Operation(summary = "Close a call to submissions")
    ResponseEntity<Void> close(@PathVariable UUID callId) {
        return commands.done(new CloseFundCallCommand(callId.toString(), clock.instant()));
    }
}
