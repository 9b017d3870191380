package cl.redlim.document.command.web;

import cl.redlim.document.api.*;
import cl.redlim.document.command.DocumentUploads;
import cl.redlim.document.command.web.DocumentRequests.*;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.platform.web.CommandSender;
import cl.redlim.platform.web.CommandSender.Created;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Document commands", description = "Municipal documents under Ley 21.180 (DocDigital): load a version, "
        + "review (visar), sign, number, distribute, archive")
class DocumentController {

    private final CommandSender commands;
    private final DocumentUploads uploads;
    private final Clock clock;

    DocumentController(CommandSender commands, DocumentUploads uploads, Clock clock) {
        this.commands = commands;
        this.uploads = uploads;
        this.clock = clock;
    }

    @PostMapping(value = "/document-contents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload content (multipart part 'file') to load it later by reference: answers its SHA-256. "
            + "Content is stored once, addressed by its hash, never changed")
    ResponseEntity<ContentStoredResponse> upload(@RequestPart("file") MultipartFile file) throws IOException {
        DocumentContent content = uploads.store(file.getInputStream(), file.getContentType(),
                file.getOriginalFilename());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ContentStoredResponse(content.sha256(), content.size(), content.mediaType()));
    }

    @PostMapping(value = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Load a document with its first version: part 'metadata' (JSON) describes it, part 'file' "
            + "is its content (up to redlim.limits.max-upload-size); the server computes the SHA-256")
    ResponseEntity<Created> load(@Valid @RequestPart("metadata") DocumentMetadata metadata,
                                 @RequestPart("file") MultipartFile file) throws IOException {
        DocumentContent content = uploads.store(file.getInputStream(), file.getContentType(),
                file.getOriginalFilename());
        return load(metadata, content);
    }

    @PostMapping(value = "/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Load a document by reference: its first version is content uploaded earlier to "
            + "/api/v1/document-contents, named by its SHA-256")
    ResponseEntity<Created> loadByReference(@Valid @RequestBody LoadByReferenceRequest request) {
        return load(request.document(), uploads.stored(request.content().sha256(), request.content().mediaType(),
                request.content().fileName()));
    }

    @PostMapping(value = "/documents/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a new version (part 'file', optional part 'metadata' with a note): its cycle starts "
            + "again; earlier versions stay readable")
    ResponseEntity<Void> addVersion(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
                                    @Valid @RequestPart(value = "metadata", required = false) VersionMetadata metadata)
            throws IOException {
        DocumentContent content = uploads.store(file.getInputStream(), file.getContentType(),
                file.getOriginalFilename());
        return commands.done(new AddDocumentVersionCommand(id.toString(), content,
                metadata == null ? null : metadata.note(), clock.instant()));
    }

    @PostMapping(value = "/documents/{id}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a new version by reference to content uploaded earlier")
    ResponseEntity<Void> addVersionByReference(@PathVariable UUID id,
                                               @Valid @RequestBody VersionByReferenceRequest request) {
        return commands.done(new AddDocumentVersionCommand(id.toString(), uploads.stored(request.content().sha256(),
                request.content().mediaType(), request.content().fileName()), request.note(), clock.instant()));
    }

    @PostMapping("/documents/{id}/review")
    @Operation(summary = "Review (visar) the current version; the reviewer is the caller's principal")
    ResponseEntity<Void> review(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request) {
        return commands.done(new ReviewDocumentCommand(id.toString(), request.version(), request.reviewerName(),
                request.note(), clock.instant()));
    }

    @PostMapping("/documents/{id}/signatures")
    @Operation(summary = "Sign the reviewed current version with the caller's own Ed25519 key (an advanced "
            + "signature over the content's SHA-256); each signer once")
    ResponseEntity<Void> sign(@PathVariable UUID id, @Valid @RequestBody SignatureRequest request) {
        return commands.done(new SignDocumentCommand(id.toString(), request.version(), request.signerName(),
                request.signerPosition(), clock.instant()));
    }

    @PostMapping("/documents/{id}/numbering")
    @Operation(summary = "Number the signed current version: the next number of its municipality and year, with no "
            + "gap and no duplicate")
    ResponseEntity<Void> number(@PathVariable UUID id, @Valid @RequestBody NumberingRequest request) {
        return commands.done(new NumberDocumentCommand(id.toString(), request.version(), clock.instant()));
    }

    @PostMapping("/documents/{id}/distribution")
    @Operation(summary = "Distribute the numbered current version to recipients (may be repeated for more)")
    ResponseEntity<Void> distribute(@PathVariable UUID id, @Valid @RequestBody DistributionRequest request) {
        return commands.done(new DistributeDocumentCommand(id.toString(), request.version(),
                request.recipients().stream().map(r -> new Recipient(r.name(), r.address())).toList(),
                clock.instant()));
    }

    @PostMapping("/documents/{id}/archive")
    @Operation(summary = "Archive the document: no further version or step; every version stays readable")
    ResponseEntity<Void> archive(@PathVariable UUID id, @Valid @RequestBody ArchiveRequest request) {
        return commands.done(new ArchiveDocumentCommand(id.toString(), request.reason(), clock.instant()));
    }

    private ResponseEntity<Created> load(DocumentMetadata metadata, DocumentContent content) {
        String id = UUID.randomUUID().toString();
        DocumentLinks links = new DocumentLinks(
                metadata.fundApplicationId() == null ? null : metadata.fundApplicationId().toString(),
                metadata.procurementProcessId() == null ? null : metadata.procurementProcessId().toString());
        return commands.created(new LoadDocumentCommand(id, CommuneCode.of(metadata.municipality()), metadata.type(),
                metadata.title(), metadata.author(), metadata.classification(), metadata.reservationGround(),
                metadata.reservationReason(), links, content, clock.instant()), id, "/api/v1/public/documents/" + id);
    }
}
