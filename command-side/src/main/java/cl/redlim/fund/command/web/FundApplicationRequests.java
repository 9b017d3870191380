package cl.redlim.fund.command.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Request bodies of the fund application endpoints, one per endpoint. */
final class FundApplicationRequests {

    static final String CUT = "\\d{5}";
    static final String CUT_MESSAGE = "must be a 5-digit CUT commune code";
    static final long MAX_CLP = FundCallRequests.MAX_CLP;

    private FundApplicationRequests() {
    }

    record DraftRequest(@NotNull UUID callId,
                        @NotNull @Pattern(regexp = CUT, message = CUT_MESSAGE) String commune,
                        @NotBlank @Size(max = 200) String title,
                        @NotBlank @Size(max = 5000) String description,
                        @NotNull @Positive @Max(MAX_CLP) Long requestedAmount,
                        @NotNull @Min(0) @Max(10_000_000) Integer beneficiaries) {
    }

    record AdmissibilityRequest(@NotNull Boolean admissible,
                                @Size(max = 20) List<@NotBlank @Size(max = 1000) String> reasons) {
    }

    record EvaluationRequest(@NotNull @Pattern(regexp = EVALUATOR_ID, message = EVALUATOR_ID_MESSAGE) String evaluatorId,
                             @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull ScoreRequest> scores) {
    }

    record ScoreRequest(@NotBlank @Size(max = 40) String criterionId, @NotNull @Min(0) @Max(100) Integer score) {
    }

    record AwardRequest(@NotNull @Positive @Max(MAX_CLP) Long amount) {
    }

    record RejectionRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record AgreementRequest(@NotBlank @Size(max = 100) String reference) {
    }

    record DisbursementRequest(@NotNull @Min(1) @Max(100) Integer tranche,
                               @NotNull @Positive @Max(MAX_CLP) Long amount) {
    }

    record ReportRequest(@NotNull @Min(1) @Max(100) Integer tranche,
                         @NotBlank @Size(max = 5000) String summary,
                         @NotNull @Min(0) @Max(MAX_CLP) Long amountAccounted) {
    }

    record ReportReviewRequest(@NotNull Boolean accepted, @Size(max = 5000) String observations) {
    }

    static final String EVALUATOR_ID = "[a-z][a-z0-9._-]{2,63}";
    static final String EVALUATOR_ID_MESSAGE = "3 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter";

    record InterestsRequest(@NotBlank @Size(max = 200) String name,
                            @NotNull @Size(max = 400)
                            List<@NotNull @Pattern(regexp = CUT, message = CUT_MESSAGE) String> tiedCommunes) {
    }
}
