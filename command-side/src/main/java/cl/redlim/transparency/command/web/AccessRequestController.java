package cl.redlim.transparency.command.web;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.platform.web.CommandSender;
import cl.redlim.platform.web.CommandSender.Created;
import cl.redlim.transparency.api.*;
import cl.redlim.transparency.command.web.AccessRequestRequests.*;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/access-requests")
@Tag(name = "Access-request commands", description = "Access-to-information requests to a municipality (Ley 20.285, "
        + "transparencia pasiva): 20 business days to answer, one extension of 10, transfers, third-party "
        + "oppositions, answers and amparos")
class AccessRequestController {

    private final CommandSender commands;
    private final Clock clock;

    AccessRequestController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Receive a request now; its deadline is the 20th business day after today's date in Chile. "
            + "The requester's contact is personal data: only auditors read it")
    ResponseEntity<Created> receive(@Valid @RequestBody ReceiveRequest request) {
        String id = UUID.randomUUID().toString();
        RequesterRequest r = request.requester();
        return commands.created(new ReceiveAccessRequestCommand(id, CommuneCode.of(request.commune()),
                new RequesterContact(r.name(), r.email(), r.phone(), r.postalAddress()), request.subject(),
                request.channel(), clock.instant()), id, "/api/v1/public/transparency/access-requests/" + id);
    }

    @PostMapping("/{id}/extension")
    @Operation(summary = "Extend the deadline once by 10 business days, notified with reasons before it passes")
    ResponseEntity<Void> extend(@PathVariable UUID id, @Valid @RequestBody ExtensionRequest request) {
        return commands.done(new ExtendAccessRequestDeadlineCommand(id.toString(), request.reasons(), clock.instant()));
    }

    @PostMapping("/{id}/transfer")
    @Operation(summary = "Transfer an open request to the competent body (art. 13)")
    ResponseEntity<Void> transfer(@PathVariable UUID id, @Valid @RequestBody TransferRequest request) {
        return commands.done(new TransferAccessRequestCommand(id.toString(), request.competentBody(), request.reasons(),
                clock.instant()));
    }

    @PostMapping("/{id}/third-party-oppositions")
    @Operation(summary = "Record a third party's opposition (art. 20); a full grant is then refused")
    ResponseEntity<Void> oppose(@PathVariable UUID id, @Valid @RequestBody OppositionRequest request) {
        return commands.done(new RecordThirdPartyOppositionCommand(id.toString(), request.grounds(), clock.instant()));
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "Answer: GRANTED, PARTIALLY_GRANTED with each withheld part's art. 21 ground, or DENIED "
            + "citing art. 21 grounds; with the answer's document ids")
    ResponseEntity<Void> answer(@PathVariable UUID id, @Valid @RequestBody AnswerRequest request) {
        List<WithheldPart> withheld = request.withheldParts() == null ? List.of() : request.withheldParts().stream()
                .map(p -> new WithheldPart(p.description(), p.ground())).toList();
        return commands.done(new AnswerAccessRequestCommand(id.toString(), request.outcome(), request.summary(),
                withheld, request.denialGrounds() == null ? List.of() : request.denialGrounds(),
                request.documentIds() == null ? List.of() : request.documentIds(), clock.instant()));
    }

    @PostMapping("/{id}/answer/documents")
    @Operation(summary = "Link one more document to the answer; linking one twice records nothing")
    ResponseEntity<Void> link(@PathVariable UUID id, @Valid @RequestBody DocumentLinkRequest request) {
        return commands.done(new LinkAnswerDocumentCommand(id.toString(), request.documentId(), clock.instant()));
    }

    @PostMapping("/{id}/amparo")
    @Operation(summary = "Record the amparo filed with the Consejo para la Transparencia: within 15 business days "
            + "of a denial (in whole or part) or of the missed deadline")
    ResponseEntity<Void> amparo(@PathVariable UUID id, @Valid @RequestBody AmparoRequest request) {
        return commands.done(new FileAmparoCommand(id.toString(), request.cpltCase(), clock.instant()));
    }

    @PostMapping("/{id}/amparo/resolution")
    @Operation(summary = "Record the Consejo para la Transparencia's decision on the amparo")
    ResponseEntity<Void> resolve(@PathVariable UUID id, @Valid @RequestBody AmparoResolutionRequest request) {
        return commands.done(new ResolveAmparoCommand(id.toString(), request.outcome(), request.decisionReference(),
                clock.instant()));
    }
}
