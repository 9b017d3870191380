package cl.redlim.document.query.web;

import cl.redlim.document.api.*;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "Public documents", description = "Public municipal documents with their verification data, and the "
        + "verification of any file against the registered versions")
class PublicDocumentController {

    private final QueryGateway queries;

    PublicDocumentController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/documents")
    @Operation(summary = "Public documents (reserved ones never appear), newest first, with every version's hash, "
            + "signatures and number; paginated from page 0")
    PublishedDocumentPageView documents(
            @RequestParam(required = false) @Pattern(regexp = "\\d{5}", message = "is a 5-digit CUT code") String commune,
            @RequestParam(required = false) DocumentType type,
            @RequestParam(required = false) DocumentStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.query(new FindPublishedDocumentsQuery(commune, type, status, page, size),
                PublishedDocumentPageView.class).join();
    }

    @GetMapping("/documents/{documentId}")
    @Operation(summary = "One public document; ETag is its version")
    ResponseEntity<PublishedDocumentView> document(@PathVariable UUID documentId) {
        PublishedDocumentView view = queries.query(new FindPublishedDocumentQuery(documentId.toString()),
                PublishedDocumentView.class).join();
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    @PostMapping(value = "/document-verifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Verify a file (multipart part 'file'): whether it is a registered version, of which "
            + "document and version, and each signature checked against its recorded public key. Nothing is stored")
    DocumentVerificationView verify(@RequestPart("file") MultipartFile file) throws IOException {
        String sha256;
        try (InputStream in = file.getInputStream()) {
            sha256 = ContentHash.of(in);
        }
        return queries.query(new VerifyDocumentContentQuery(sha256, file.getSize()), DocumentVerificationView.class)
                .join();
    }
}
