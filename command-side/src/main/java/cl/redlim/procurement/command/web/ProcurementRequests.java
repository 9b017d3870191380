package cl.redlim.procurement.command.web;

import cl.redlim.kernel.Clp;
import cl.redlim.procurement.api.DirectAwardGround;
import cl.redlim.procurement.api.ProcurementCategory;
import cl.redlim.procurement.api.ProcurementMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the procurement endpoints, one per endpoint. Amounts are whole pesos (CLP). */
final class ProcurementRequests {

    static final long MAX_CLP = Clp.MAX;
    static final String CUT = "\\d{5}";
    static final String CUT_MESSAGE = "must be a 5-digit CUT commune code";
    /** As RUTs are written: digits (dots between thousands allowed), an optional hyphen, the check digit. */
    static final String RUT = "(\\d{1,3}(\\.\\d{3}){1,2}|\\d{1,9})-?[0-9kK]";
    static final String RUT_MESSAGE = "must be a RUT: number and check digit, e.g. 76.086.428-5";
    static final String UNSPSC = "\\d{8}";

    private ProcurementRequests() {
    }

    record PlanRequest(@NotNull @Pattern(regexp = CUT, message = CUT_MESSAGE) String buyer,
                       @NotBlank @Size(max = 200) String title,
                       @NotBlank @Size(max = 5000) String description,
                       @NotNull ProcurementCategory category,
                       @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull ItemRequest> items,
                       @NotNull @Positive @Max(MAX_CLP) Long estimatedAmount,
                       @NotNull @Positive @Max(MAX_CLP) Long utmValue,
                       @NotNull ProcurementMethod method,
                       DirectAwardGround directAwardGround,
                       @Size(max = 5000) String justification,
                       @Size(max = 100) String frameworkAgreementId) {
    }

    /** @param lot the lot the item belongs to; every item names one, or none does */
    record ItemRequest(@NotBlank @Size(max = 1000) String description,
                       @NotNull @Min(1) @Max(1_000_000_000) Long quantity,
                       @NotBlank @Size(max = 50) String unit,
                       @Pattern(regexp = UNSPSC, message = "must be an 8-digit UNSPSC code") String classification,
                       @Size(max = 100) String lot) {
    }

    record MarketConsultationRequest(@NotBlank @Size(max = 5000) String summary) {
    }

    /** @param reducedPeriod asks for the type's reduced minimum publication period; needs the justification */
    record TenderRequest(@NotNull Instant closesAt,
                         Boolean reducedPeriod,
                         @Size(max = 2000) String reducedPeriodJustification) {
    }

    /** @param closesAt a later closing, if wanted; the rules may push it further */
    record TenderAmendmentRequest(@NotBlank @Size(max = 2000) String rationale,
                                  @NotBlank @Size(max = 5000) String description,
                                  Instant closesAt) {
    }

    /** @param lot the lot bid for: required when the purchase has lots, absent otherwise */
    record BidRequest(@NotNull @Pattern(regexp = RUT, message = RUT_MESSAGE) String supplier,
                      @NotBlank @Size(max = 200) String supplierName,
                      @NotNull @Positive @Max(MAX_CLP) Long amount,
                      @Size(max = 100) String lot,
                      @NotNull @Size(max = 50) List<@Valid @NotNull DocumentRequest> documents) {
    }

    record DocumentRequest(@NotBlank @Size(max = 200) String title,
                           @NotNull @Size(max = 2000) @Pattern(regexp = "https?://\\S+",
                                   message = "must be an http(s) URL") String url) {
    }

    /** @param reasons why a bid is inadmissible; required then */
    record AdmissibilityRequest(@NotNull Boolean admissible,
                                @Size(max = 20) List<@NotBlank @Size(max = 1000) String> reasons) {
    }

    record EvaluationRequest(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull ScoreRequest> scores,
                             @NotBlank @Size(max = 5000) String reportSummary) {
    }

    record ScoreRequest(@NotNull UUID bidId, @NotNull @Min(0) @Max(100) Integer score) {
    }

    /** @param bidIds one bid, or one per lot */
    record AwardRequest(@NotNull @Size(min = 1, max = 100) List<@NotNull UUID> bidIds) {
    }

    record DirectAwardRequest(@NotNull @Pattern(regexp = RUT, message = RUT_MESSAGE) String supplier,
                              @NotBlank @Size(max = 200) String supplierName,
                              @NotNull @Positive @Max(MAX_CLP) Long amount) {
    }

    record VoidRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** @param awardId the award's id: the awarded bid's id, or the direct award's */
    record ContractRequest(@NotNull UUID awardId,
                           @NotNull @Positive @Max(MAX_CLP) Long value,
                           @NotNull LocalDate startsOn,
                           @NotNull LocalDate endsOn) {
    }

    record PurchaseOrderRequest(@NotNull @Positive @Max(MAX_CLP) Long amount,
                                @NotBlank @Size(max = 2000) String description) {
    }

    /** @param orderId the purchase order paid, if any */
    record PaymentRequest(@NotNull @Positive @Max(MAX_CLP) Long amount, UUID orderId) {
    }

    /** A new value, a new end date, or both. */
    record ContractAmendmentRequest(@Positive @Max(MAX_CLP) Long value,
                                    LocalDate endsOn,
                                    @NotBlank @Size(max = 2000) String rationale) {
    }

    record TerminationRequest(@NotBlank @Size(max = 2000) String reason) {
    }
}
