package cl.redlim.transparency.command.web;

import cl.redlim.transparency.api.AccessRequestChannel;
import cl.redlim.transparency.api.AmparoOutcome;
import cl.redlim.transparency.api.AnswerOutcome;
import cl.redlim.transparency.api.Art21Ground;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the transparency endpoints, one per endpoint. */
final class AccessRequestRequests {

    private AccessRequestRequests() {
    }

    /** @param requester personal data: kept out of every public read model */
    record ReceiveRequest(@NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit CUT commune code") String commune,
                          @NotNull @Valid RequesterRequest requester,
                          @NotBlank @Size(max = 5000) String subject,
                          @NotNull AccessRequestChannel channel) {
    }

    /** Art. 12: the name and an email or a postal address for notices. */
    record RequesterRequest(@NotBlank @Size(max = 200) String name,
                            @Email @Size(max = 200) String email,
                            @Size(max = 50) String phone,
                            @Size(max = 500) String postalAddress) {
    }

    record ExtensionRequest(@NotBlank @Size(max = 2000) String reasons) {
    }

    record TransferRequest(@NotBlank @Size(max = 300) String competentBody, @NotBlank @Size(max = 2000) String reasons) {
    }

    record OppositionRequest(@NotBlank @Size(max = 2000) String grounds) {
    }

    record WithheldPartRequest(@NotBlank @Size(max = 1000) String description, @NotNull Art21Ground ground) {
    }

    /** @param documentIds the answer's documents (ids of the document context) */
    record AnswerRequest(@NotNull AnswerOutcome outcome,
                         @NotBlank @Size(max = 5000) String summary,
                         @Size(max = 100) List<@Valid @NotNull WithheldPartRequest> withheldParts,
                         @Size(max = 7) List<@NotNull Art21Ground> denialGrounds,
                         @Size(max = 100) List<@NotBlank @Size(max = 100) String> documentIds) {
    }

    record DocumentLinkRequest(@NotBlank @Size(max = 100) String documentId) {
    }

    /** @param cpltCase the Consejo para la Transparencia's case number (rol), e.g. C1234-25 */
    record AmparoRequest(@NotBlank @Size(max = 50) String cpltCase) {
    }

    record AmparoResolutionRequest(@NotNull AmparoOutcome outcome, @NotBlank @Size(max = 200) String decisionReference) {
    }

    record HolidayRequest(@NotNull LocalDate date, @NotBlank @Size(max = 200) String name,
                          @NotBlank @Size(max = 500) String legalSource) {
    }
}
