package cl.redlim.document.command.web;

import cl.redlim.access.api.Actor;
import cl.redlim.document.command.DocumentContentAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The bytes of any version of a document, served from the content store by the command side (which holds it). The
 * municipality's integrators, auditors and administrators read every document; the public reads public ones.
 */
@RestController
@Tag(name = "Document contents", description = "The content of each version, as loaded")
class DocumentContentController {

    private final DocumentContentAccess access;

    DocumentContentController(DocumentContentAccess access) {
        this.access = access;
    }

    @GetMapping("/api/v1/documents/{id}/versions/{version}/content")
    @Operation(summary = "The content of a version of any document of the caller's municipality (auditors and "
            + "administrators: any document), reserved ones included")
    ResponseEntity<InputStreamResource> content(@PathVariable UUID id, @PathVariable @Min(1) @Max(100_000) int version,
                                                @AuthenticationPrincipal Actor actor) {
        return serve(access.open(id.toString(), version, actor));
    }

    @GetMapping("/api/v1/public/documents/{id}/versions/{version}/content")
    @Operation(summary = "The content of a version of a public document; a reserved document is not found")
    ResponseEntity<InputStreamResource> publicContent(@PathVariable UUID id,
                                                      @PathVariable @Min(1) @Max(100_000) int version) {
        return serve(access.open(id.toString(), version, null));
    }

    private static ResponseEntity<InputStreamResource> serve(DocumentContentAccess.Content content) {
        var description = content.description();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(description.mediaType()))
                .contentLength(description.size())
                .eTag("\"" + description.sha256() + "\"")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(description.sha256())))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(description.fileName() == null ? description.sha256() : description.fileName(),
                                StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(content.stream()));
    }
}
