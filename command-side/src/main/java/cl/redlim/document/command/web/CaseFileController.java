package cl.redlim.document.command.web;

import cl.redlim.document.api.*;
import cl.redlim.document.command.web.DocumentRequests.*;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.platform.web.CommandSender;
import cl.redlim.platform.web.CommandSender.Created;
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
@RequestMapping("/api/v1/case-files")
@Tag(name = "Case file commands", description = "Electronic case files (expedientes): documents and actions in order")
class CaseFileController {

    private final CommandSender commands;
    private final Clock clock;

    CaseFileController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Open a case file of a municipality; the municipality is a party, and so is every "
            + "municipality (CUT) or principal listed")
    ResponseEntity<Created> open(@Valid @RequestBody OpenCaseFileRequest request) {
        String id = UUID.randomUUID().toString();
        List<CaseFileParty> parties = request.parties() == null ? List.of()
                : request.parties().stream().map(p -> new CaseFileParty(p.kind(), p.id())).toList();
        return commands.created(new OpenCaseFileCommand(id, CommuneCode.of(request.municipality()), request.title(),
                request.subject(), parties, clock.instant()), id, "/api/v1/case-files/" + id);
    }

    @PostMapping("/{id}/documents")
    @Operation(summary = "Add a document of the same municipality as the next entry")
    ResponseEntity<Void> addDocument(@PathVariable UUID id, @Valid @RequestBody CaseFileDocumentRequest request) {
        return commands.done(new AddDocumentToCaseFileCommand(id.toString(), request.documentId().toString(),
                clock.instant()));
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "Record an action as the next entry")
    ResponseEntity<Void> recordAction(@PathVariable UUID id, @Valid @RequestBody CaseFileActionRequest request) {
        return commands.done(new RecordCaseFileActionCommand(id.toString(), request.action(), request.description(),
                clock.instant()));
    }

    @PostMapping("/{id}/parties")
    @Operation(summary = "Add a party, who may then read the case file")
    ResponseEntity<Void> addParty(@PathVariable UUID id, @Valid @RequestBody CaseFilePartyRequest request) {
        return commands.done(new AddCaseFilePartyCommand(id.toString(),
                new CaseFileParty(request.party().kind(), request.party().id()), clock.instant()));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close the case file: it takes no more entries and stays readable by its parties")
    ResponseEntity<Void> close(@PathVariable UUID id, @Valid @RequestBody CloseCaseFileRequest request) {
        return commands.done(new CloseCaseFileCommand(id.toString(), request.reason(), clock.instant()));
    }
}
