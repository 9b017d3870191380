package cl.redlim.procurement.query;

import cl.redlim.procurement.api.DirectAwardGround;
import cl.redlim.procurement.api.ProcurementCategory;
import cl.redlim.procurement.api.ProcurementItem;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.ProcurementRedFlag;
import cl.redlim.procurement.api.ProcurementRedFlagPageView.FlaggedProcess;
import cl.redlim.procurement.api.ProcurementRedFlagView;
import cl.redlim.procurement.api.ProcurementStatus;
import cl.redlim.procurement.api.ProcurementSummaryView;
import cl.redlim.procurement.api.ProcurementView;
import cl.redlim.procurement.api.ProcurementView.AwardView;
import cl.redlim.procurement.api.ProcurementView.BidView;
import cl.redlim.procurement.api.ProcurementView.ContractAmendmentView;
import cl.redlim.procurement.api.ProcurementView.ContractView;
import cl.redlim.procurement.api.ProcurementView.PaymentView;
import cl.redlim.procurement.api.ProcurementView.PurchaseOrderView;
import cl.redlim.procurement.api.ProcurementView.TenderAmendmentView;
import cl.redlim.procurement.api.TenderType;
import cl.redlim.readmodel.SequencedDocuments;
import org.bson.Document;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static cl.redlim.readmodel.DocValues.instant;
import static cl.redlim.readmodel.DocValues.longValue;

/**
 * Reads process documents into the public views. Bids come only from the document's {@code bids}, which holds
 * nothing before opening; the sealed bids are never read here.
 */
final class ProcurementDocuments {

    private ProcurementDocuments() {
    }

    static ProcurementSummaryView toSummary(Document d) {
        return new ProcurementSummaryView(d.getString("_id"), d.getString("buyer"), d.getString("communeName"),
                d.getString("regionCode"), d.getString("regionName"), d.getString("title"),
                ProcurementCategory.valueOf(d.getString("category")), method(d), tenderType(d), status(d),
                longValue(d, "estimatedAmount"), longValue(d, "awardedAmount"), d.getInteger("bidCount", 0),
                instant(d, "plannedAt"), instant(d, "publishedAt"), instant(d, "awardedAt"),
                flags(d).stream().map(ProcurementRedFlagView::flag).toList());
    }

    static FlaggedProcess toFlagged(Document d) {
        return new FlaggedProcess(d.getString("_id"), d.getString("buyer"), d.getString("communeName"),
                d.getString("regionCode"), d.getString("regionName"), d.getString("title"), method(d), tenderType(d),
                status(d), longValue(d, "estimatedAmount"), longValue(d, "awardedAmount"), instant(d, "plannedAt"),
                flags(d));
    }

    static ProcurementView toView(Document d) {
        String ground = d.getString("directAwardGround");
        long estimated = longValue(d, "estimatedAmount");
        long utmValue = longValue(d, "utmValue");
        return new ProcurementView(d.getString("_id"), d.getString("buyer"), d.getString("communeName"),
                d.getString("regionCode"), d.getString("regionName"), d.getString("title"),
                d.getString("description"), ProcurementCategory.valueOf(d.getString("category")), items(d), method(d),
                tenderType(d), status(d), estimated, utmValue, Explain.inUtm(estimated, utmValue),
                ground == null ? null : DirectAwardGround.valueOf(ground), d.getString("justification"),
                d.getString("frameworkAgreementId"), d.getString("marketConsultationSummary"),
                d.getString("minimumPeriod"), d.getBoolean("reducedPeriod", false),
                d.getString("reducedPeriodJustification"), tenderAmendments(d), d.getInteger("bidCount", 0), bids(d),
                d.getString("evaluationSummary"), awards(d), longValue(d, "awardedAmount"), contracts(d),
                d.getString("voidReason"), instant(d, "plannedAt"), instant(d, "marketConsultedAt"),
                instant(d, "publishedAt"), instant(d, "closesAt"), instant(d, "openedAt"), instant(d, "evaluatedAt"),
                instant(d, "awardedAt"), instant(d, "voidAt"), instant(d, "completedAt"), flags(d),
                longValue(d, SequencedDocuments.VERSION));
    }

    /** The raised flags in the order of {@link ProcurementRedFlag}. */
    static List<ProcurementRedFlagView> flags(Document d) {
        Document flags = d.get(FlagUpdates.FLAGS, Document.class);
        if (flags == null) {
            return List.of();
        }
        return Arrays.stream(ProcurementRedFlag.values()).filter(f -> flags.getString(f.name()) != null)
                .map(f -> new ProcurementRedFlagView(f, flags.getString(f.name()))).toList();
    }

    private static List<ProcurementItem> items(Document d) {
        return d.getList("items", Document.class, List.of()).stream()
                .map(i -> new ProcurementItem(i.getString("itemId"), i.getString("description"),
                        longValue(i, "quantity"), i.getString("unit"), i.getString("classification"),
                        i.getString("lot")))
                .toList();
    }

    private static List<TenderAmendmentView> tenderAmendments(Document d) {
        return d.getList("tenderAmendments", Document.class, List.of()).stream()
                .map(a -> new TenderAmendmentView(a.getString("amendmentId"), a.getString("rationale"),
                        a.getString("description"), instant(a, "previousClosesAt"), instant(a, "closesAt"),
                        a.getBoolean("extendedByRule", false), instant(a, "amendedAt")))
                .toList();
    }

    private static List<BidView> bids(Document d) {
        return d.getList("bids", Document.class, List.of()).stream()
                .map(b -> new BidView(b.getString("bidId"), b.getString("supplier"), b.getString("supplierName"),
                        longValue(b, "amount"), b.getString("lot"), instant(b, "submittedAt"),
                        b.getBoolean("admissible"), b.getList("inadmissibilityReasons", String.class, List.of()),
                        b.getInteger("score")))
                .toList();
    }

    private static List<AwardView> awards(Document d) {
        return d.getList("awards", Document.class, List.of()).stream()
                .map(a -> new AwardView(a.getString("awardId"), a.getString("bidId"), a.getString("supplier"),
                        a.getString("supplierName"), longValue(a, "amount"), a.getString("lot"),
                        instant(a, "awardedAt")))
                .toList();
    }

    private static List<ContractView> contracts(Document d) {
        return d.getList("contracts", Document.class, List.of()).stream()
                .map(c -> new ContractView(c.getString("contractId"), c.getString("awardId"), c.getString("supplier"),
                        c.getString("supplierName"), longValue(c, "originalValue"), longValue(c, "value"),
                        longValue(c, "ordered"), longValue(c, "paid"), c.getString("status"),
                        day(c.getString("startsOn")), day(c.getString("endsOn")), instant(c, "signedAt"),
                        c.getString("terminationReason"), instant(c, "terminatedAt"),
                        c.getList("amendments", Document.class, List.of()).stream()
                                .map(a -> new ContractAmendmentView(a.getString("amendmentId"),
                                        longValue(a, "previousValue"), longValue(a, "value"),
                                        day(a.getString("previousEndsOn")), day(a.getString("endsOn")),
                                        a.getString("rationale"), instant(a, "amendedAt")))
                                .toList(),
                        c.getList("purchaseOrders", Document.class, List.of()).stream()
                                .map(o -> new PurchaseOrderView(o.getString("orderId"), longValue(o, "amount"),
                                        o.getString("description"), instant(o, "issuedAt")))
                                .toList(),
                        c.getList("payments", Document.class, List.of()).stream()
                                .map(p -> new PaymentView(p.getString("paymentId"), longValue(p, "amount"),
                                        p.getString("orderId"), instant(p, "paidAt")))
                                .toList()))
                .toList();
    }

    private static ProcurementMethod method(Document d) {
        return ProcurementMethod.valueOf(d.getString("method"));
    }

    private static TenderType tenderType(Document d) {
        String type = d.getString("tenderType");
        return type == null ? null : TenderType.valueOf(type);
    }

    private static ProcurementStatus status(Document d) {
        return ProcurementStatus.valueOf(d.getString("status"));
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
