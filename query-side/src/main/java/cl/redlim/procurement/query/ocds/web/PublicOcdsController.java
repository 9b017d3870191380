package cl.redlim.procurement.query.ocds.web;

import cl.redlim.procurement.query.ocds.FindOcdsExportQuery;
import cl.redlim.procurement.query.ocds.FindOcdsRecordPackageQuery;
import cl.redlim.procurement.query.ocds.FindOcdsRecordsQuery;
import cl.redlim.procurement.query.ocds.FindOcdsReleasePackageQuery;
import cl.redlim.procurement.query.ocds.FindOcdsReleasesQuery;
import cl.redlim.procurement.query.ocds.OcdsExportBatch;
import cl.redlim.procurement.query.ocds.OcdsPackagePage;
import cl.redlim.procurement.query.ocds.OcdsPublication;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.ExternalDocumentation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Procurement as Open Contracting Data Standard 1.1 releases and records, for anyone: per process, page by page
 * since an instant, and as one JSON Lines export. See docs/contexts/procurement-ocds.md.
 */
@RestController
@RequestMapping("/api/v1/public/ocds")
@Tag(name = "Public OCDS", description = "Procurement as Open Contracting Data Standard 1.1 release and record packages",
        externalDocs = @ExternalDocumentation(description = "OCDS 1.1 schema",
                url = "https://standard.open-contracting.org/1.1/en/schema/"))
class PublicOcdsController {

    /** JSON Lines, one JSON document per line. */
    static final MediaType JSON_LINES = MediaType.APPLICATION_NDJSON;
    /** Processes per query while exporting: bounds memory whatever the size of the export. */
    private static final int EXPORT_BATCH = 50;

    private final QueryGateway queries;
    private final OcdsPublication publication;

    PublicOcdsController(QueryGateway queries, OcdsPublication publication) {
        this.queries = queries;
        this.publication = publication;
    }

    @GetMapping("/releases/{ocid}")
    @Operation(summary = "The release package of one contracting process: every release, oldest first")
    @ApiResponse(responseCode = "200", description = "An OCDS 1.1 release package", content = @Content(
            mediaType = "application/json", schema = @Schema(type = "object",
            externalDocs = @ExternalDocumentation(url = "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json"))))
    JsonNode releasePackage(@PathVariable @Parameter(example = "ocds-redlim-9f0c4c1e-58a4-4f3e-9d6b-1f0c2a7e4b10")
                            String ocid) {
        return queries.query(new FindOcdsReleasePackageQuery(ocid, baseUrl()), JsonNode.class).join();
    }

    @GetMapping("/records/{ocid}")
    @Operation(summary = "The record package of one contracting process: its releases (linked), its compiled release "
            + "and, with versioned=true, its versioned release")
    @ApiResponse(responseCode = "200", description = "An OCDS 1.1 record package", content = @Content(
            mediaType = "application/json", schema = @Schema(type = "object",
            externalDocs = @ExternalDocumentation(url = "https://standard.open-contracting.org/schema/1__1__5/record-package-schema.json"))))
    JsonNode recordPackage(@PathVariable String ocid,
                           @RequestParam(defaultValue = "false") @Parameter(description = "also the versioned release")
                           boolean versioned) {
        return queries.query(new FindOcdsRecordPackageQuery(ocid, versioned, baseUrl()), JsonNode.class).join();
    }

    @GetMapping("/releases")
    @Operation(summary = "Release packages of every release dated at or after 'since', oldest first, page by page; "
            + "the next page is in links.next and in the Link header (rel=next); 204 when the page is empty")
    @ApiResponse(responseCode = "200", description = "An OCDS 1.1 release package with the pagination extension's links",
            headers = @Header(name = "Link", description = "<next page>; rel=\"next\""),
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @ApiResponse(responseCode = "204", description = "No release on this page", content = @Content)
    ResponseEntity<JsonNode> releases(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Parameter(description = "an ISO 8601 instant, e.g. 2025-03-01T00:00:00Z; every release when absent")
            OffsetDateTime since,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        OcdsPackagePage found = queries.query(new FindOcdsReleasesQuery(instant(since), page, size, baseUrl(),
                pageUrl()), OcdsPackagePage.class).join();
        return answer(found);
    }

    @GetMapping("/records")
    @Operation(summary = "Record packages of every contracting process with a release dated at or after 'since', by "
            + "ocid, page by page; the next page is in links.next and in the Link header (rel=next); 204 when the "
            + "page is empty")
    @ApiResponse(responseCode = "200", description = "An OCDS 1.1 record package with the pagination extension's links",
            headers = @Header(name = "Link", description = "<next page>; rel=\"next\""),
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @ApiResponse(responseCode = "204", description = "No record on this page", content = @Content)
    ResponseEntity<JsonNode> records(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Parameter(description = "an ISO 8601 instant, e.g. 2025-03-01T00:00:00Z; every process when absent")
            OffsetDateTime since,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(defaultValue = "false") boolean versioned) {
        OcdsPackagePage found = queries.query(new FindOcdsRecordsQuery(instant(since), page, size, versioned,
                baseUrl(), pageUrl()), OcdsPackagePage.class).join();
        return answer(found);
    }

    /** Streams as it reads, a batch of processes at a time, so an export of any size needs little memory. */
    @GetMapping(value = "/export.jsonl", produces = "application/x-ndjson")
    @Operation(summary = "Bulk export as JSON Lines: one release per line (type=releases, by process then date) or one "
            + "record per line (type=records)")
    @ApiResponse(responseCode = "200", description = "JSON Lines (application/x-ndjson)",
            content = @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string")))
    void export(@RequestParam(defaultValue = "releases") @Parameter(description = "releases or records")
                ExportType type,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                @Parameter(description = "only processes with a release at or after this instant") OffsetDateTime since,
                @RequestParam(defaultValue = "false") @Parameter(description = "records with their versioned release")
                boolean versioned,
                HttpServletResponse response) throws IOException {
        String base = baseUrl();
        boolean records = type == ExportType.records;
        response.setContentType(JSON_LINES.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"ocds-" + type + ".jsonl\"");
        OutputStream out = response.getOutputStream();
        String after = null;
        do {
            OcdsExportBatch batch = queries.query(new FindOcdsExportQuery(records, versioned, instant(since), after,
                    EXPORT_BATCH, base), OcdsExportBatch.class).join();
            for (String line : batch.lines()) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
            out.flush();
            after = batch.lastProcessId();
        } while (after != null);
    }

    /** What the export holds per line. */
    enum ExportType { releases, records }

    private static ResponseEntity<JsonNode> answer(OcdsPackagePage found) {
        if (found.body() == null) {
            return ResponseEntity.noContent().build();
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
        if (found.next() != null) {
            ok.header(HttpHeaders.LINK, "<" + found.next() + ">; rel=\"next\"");
        }
        return ok.body(found.body());
    }

    private static Instant instant(OffsetDateTime since) {
        return since == null ? null : since.toInstant();
    }

    private String baseUrl() {
        String configured = publication.baseUrl();
        String base = configured == null || configured.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : configured;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** This request's address without its page number, from the configured base address when there is one. */
    private String pageUrl() {
        String path = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build()
                .toUriString();
        String current = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return path.startsWith(current) ? baseUrl() + path.substring(current.length()) : path;
    }
}
