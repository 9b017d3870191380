package cl.redlim.document.command.web;

import cl.redlim.document.api.CaseFileParty;
import cl.redlim.document.api.DocumentClassification;
import cl.redlim.document.api.DocumentType;
import cl.redlim.document.api.ReservationGround;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Request bodies of the document and case-file endpoints, one per endpoint. */
final class DocumentRequests {

    static final String CUT = "\\d{5}";
    static final String CUT_MESSAGE = "must be a 5-digit CUT commune code";
    static final String SHA256 = "[0-9a-f]{64}";
    static final String MEDIA_TYPE = "[a-zA-Z0-9.+-]{1,64}/[a-zA-Z0-9.+-]{1,128}";

    private DocumentRequests() {
    }

    /** The description of a new document: the multipart {@code metadata} part, or the JSON body with {@code content}. */
    record DocumentMetadata(@NotNull @Pattern(regexp = CUT, message = CUT_MESSAGE) String municipality,
                            @NotNull DocumentType type,
                            @NotBlank @Size(max = 300) String title,
                            @NotBlank @Size(max = 200) String author,
                            @NotNull DocumentClassification classification,
                            ReservationGround reservationGround,
                            @Size(max = 2000) String reservationReason,
                            UUID fundApplicationId,
                            UUID procurementProcessId) {
    }

    /** Content uploaded earlier to /api/v1/document-contents, named by its hash. */
    record ContentReference(@NotNull @Pattern(regexp = SHA256, message = "must be a SHA-256 in lowercase hex")
                            String sha256,
                            @NotNull @Pattern(regexp = MEDIA_TYPE, message = "must be a media type") String mediaType,
                            @Size(max = 255) String fileName) {
    }

    /** Loading by reference: the description and the content's hash. */
    record LoadByReferenceRequest(@NotNull @Valid DocumentMetadata document,
                                  @NotNull @Valid ContentReference content) {
    }

    record VersionMetadata(@Size(max = 2000) String note) {
    }

    record VersionByReferenceRequest(@NotNull @Valid ContentReference content, @Size(max = 2000) String note) {
    }

    record ReviewRequest(@NotNull @Min(1) @Max(100_000) Integer version,
                         @NotBlank @Size(max = 200) String reviewerName,
                         @Size(max = 2000) String note) {
    }

    record SignatureRequest(@NotNull @Min(1) @Max(100_000) Integer version,
                            @NotBlank @Size(max = 200) String signerName,
                            @NotBlank @Size(max = 200) String signerPosition) {
    }

    record NumberingRequest(@NotNull @Min(1) @Max(100_000) Integer version) {
    }

    record RecipientRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 320) String address) {
    }

    record DistributionRequest(@NotNull @Min(1) @Max(100_000) Integer version,
                               @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull RecipientRequest> recipients) {
    }

    record ArchiveRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record PartyRequest(@NotNull CaseFileParty.Kind kind, @NotBlank @Size(max = 200) String id) {
    }

    record OpenCaseFileRequest(@NotNull @Pattern(regexp = CUT, message = CUT_MESSAGE) String municipality,
                               @NotBlank @Size(max = 300) String title,
                               @Size(max = 2000) String subject,
                               @Size(max = 100) List<@Valid @NotNull PartyRequest> parties) {
    }

    record CaseFileDocumentRequest(@NotNull UUID documentId) {
    }

    record CaseFileActionRequest(@NotBlank @Size(max = 200) String action, @Size(max = 5000) String description) {
    }

    record CaseFilePartyRequest(@NotNull @Valid PartyRequest party) {
    }

    record CloseCaseFileRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** The answer to a content upload: the hash to load documents or versions by reference. */
    record ContentStoredResponse(String sha256, long size, String mediaType) {
    }
}
