package cl.redlim.procurement.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything public about one procurement process. Bids are confidential until they are opened: before
 * {@code openedAt} only {@code bidCount} is known and {@code bids} is empty. {@code estimatedUtm} is the estimate in
 * UTM at the process's own UTM value, to two decimals.
 */
public record ProcurementView(String processId, String buyer, String communeName, String regionCode,
                              String regionName, String title, String description, ProcurementCategory category,
                              List<ProcurementItem> items, ProcurementMethod method, TenderType tenderType,
                              ProcurementStatus status, long estimatedAmount, long utmValue, BigDecimal estimatedUtm,
                              DirectAwardGround directAwardGround, String justification,
                              String frameworkAgreementId, String marketConsultationSummary, String minimumPeriod,
                              boolean reducedPeriod, String reducedPeriodJustification,
                              List<TenderAmendmentView> tenderAmendments, int bidCount, List<BidView> bids,
                              String evaluationSummary, List<AwardView> awards, long awardedAmount,
                              List<ContractView> contracts, String voidReason, Instant plannedAt,
                              Instant marketConsultedAt, Instant publishedAt, Instant closesAt, Instant openedAt,
                              Instant evaluatedAt, Instant awardedAt, Instant voidAt, Instant completedAt,
                              List<ProcurementRedFlagView> flags, long version) {

    public record TenderAmendmentView(String amendmentId, String rationale, String description,
                                      Instant previousClosesAt, Instant closesAt, boolean extendedByRule,
                                      Instant amendedAt) {
    }

    /** An opened bid. {@code admissible} is null until decided; {@code score} until evaluated. */
    public record BidView(String bidId, String supplier, String supplierName, long amount, String lot,
                          Instant submittedAt, Boolean admissible, List<String> inadmissibilityReasons,
                          Integer score) {
    }

    /** An award: to a bid ({@code bidId}), or directly to a supplier ({@code bidId} null). */
    public record AwardView(String awardId, String bidId, String supplier, String supplierName, long amount,
                            String lot, Instant awardedAt) {
    }

    /** A contract: its current value, what was ordered and paid under it; status ACTIVE or TERMINATED. */
    public record ContractView(String contractId, String awardId, String supplier, String supplierName,
                               long originalValue, long value, long ordered, long paid, String status,
                               LocalDate startsOn, LocalDate endsOn, Instant signedAt, String terminationReason,
                               Instant terminatedAt, List<ContractAmendmentView> amendments,
                               List<PurchaseOrderView> purchaseOrders, List<PaymentView> payments) {
    }

    public record ContractAmendmentView(String amendmentId, long previousValue, long value,
                                        LocalDate previousEndsOn, LocalDate endsOn, String rationale,
                                        Instant amendedAt) {
    }

    /** An orden de compra under a contract. */
    public record PurchaseOrderView(String orderId, long amount, String description, Instant issuedAt) {
    }

    public record PaymentView(String paymentId, long amount, String orderId, Instant paidAt) {
    }
}
