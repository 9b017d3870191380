package cl.redlim.procurement.query;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;
import cl.redlim.procurement.api.AwardLine;
import cl.redlim.procurement.api.BidDeclaredAdmissibleEvent;
import cl.redlim.procurement.api.BidDeclaredInadmissibleEvent;
import cl.redlim.procurement.api.BidDocument;
import cl.redlim.procurement.api.BidScore;
import cl.redlim.procurement.api.BidSubmittedEvent;
import cl.redlim.procurement.api.BidsEvaluatedEvent;
import cl.redlim.procurement.api.BidsOpenedEvent;
import cl.redlim.procurement.api.ContractAmendedEvent;
import cl.redlim.procurement.api.ContractPaymentRecordedEvent;
import cl.redlim.procurement.api.ContractSignedEvent;
import cl.redlim.procurement.api.ContractTerminatedEvent;
import cl.redlim.procurement.api.DirectAwardGround;
import cl.redlim.procurement.api.MarketConsultationRecordedEvent;
import cl.redlim.procurement.api.ProcurementAwardedEvent;
import cl.redlim.procurement.api.ProcurementCategory;
import cl.redlim.procurement.api.ProcurementCompletedEvent;
import cl.redlim.procurement.api.ProcurementDeclaredVoidEvent;
import cl.redlim.procurement.api.ProcurementItem;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.ProcurementPlannedEvent;
import cl.redlim.procurement.api.PurchaseOrderIssuedEvent;
import cl.redlim.procurement.api.TenderAmendedEvent;
import cl.redlim.procurement.api.TenderPublishedEvent;
import cl.redlim.procurement.api.TenderType;
import cl.redlim.territory.api.CommuneRegisteredEvent;
import cl.redlim.territory.api.RegionRegisteredEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds one procurement process's events to the projections with consecutive sequence numbers, as its aggregate
 * would, and remembers them so that the whole history can be redelivered.
 */
final class ProcessHistory {

    /** The UTM value of the tests: 1 UTM = CLP 50,000, so 100 UTM = CLP 5,000,000. */
    static final long UTM = 50_000;

    private final Projections projections;
    private final String id;
    private final List<Runnable> delivered = new ArrayList<>();
    private Instant closesAt;
    private long sequence = -1;

    /** The two projections of the processing group, over one database. */
    record Projections(ProcurementProjection processes, ProcurementContractProjection contracts) {

        /** The territory events the processing group sees before any process. */
        Projections withPlaces() {
            processes.on(new RegionRegisteredEvent("13", "Metropolitana de Santiago", "CL-RM"));
            processes.on(new RegionRegisteredEvent("08", "Biobío", "CL-BI"));
            processes.on(new CommuneRegisteredEvent(CommuneCode.of("13101"), "Santiago", "131", "13"));
            processes.on(new CommuneRegisteredEvent(CommuneCode.of("13119"), "Maipú", "131", "13"));
            processes.on(new CommuneRegisteredEvent(CommuneCode.of("08101"), "Concepción", "081", "08"));
            return this;
        }
    }

    private ProcessHistory(Projections projections, String id) {
        this.projections = projections;
        this.id = id;
    }

    static String rut(String digits) {
        return digits + "-" + Rut.checkDigit(digits);
    }

    static Instant day(String date) {
        return Instant.parse(date + "T15:00:00Z");
    }

    static ProcessHistory tender(Projections p, String id, String cut, long estimated, Instant at) {
        return planned(p, id, cut, ProcurementMethod.PUBLIC_TENDER, estimated, UTM, null, at);
    }

    static ProcessHistory compraAgil(Projections p, String id, String cut, long estimated, Instant at) {
        return planned(p, id, cut, ProcurementMethod.COMPRA_AGIL, estimated, UTM, null, at);
    }

    static ProcessHistory direct(Projections p, String id, String cut, long estimated, DirectAwardGround ground,
                                 Instant at) {
        return planned(p, id, cut, ProcurementMethod.DIRECT_AWARD, estimated, UTM, ground, at);
    }

    static ProcessHistory planned(Projections p, String id, String cut, ProcurementMethod method, long estimated,
                                  long utmValue, DirectAwardGround ground, Instant at) {
        ProcessHistory history = new ProcessHistory(p, id);
        TenderType type = method == ProcurementMethod.PUBLIC_TENDER
                ? TenderType.forAmount(Clp.of(estimated), Clp.of(utmValue)) : null;
        history.deliver(s -> p.processes().on(new ProcurementPlannedEvent(id, CommuneCode.of(cut), "Compra " + id,
                "Descripción de " + id, ProcurementCategory.GOODS,
                List.of(new ProcurementItem("1", "Artículo", 10, "unidad", "44121600", null)), Clp.of(estimated),
                Clp.of(utmValue), method, type, ground, ground == null ? null : "Justificación de " + id,
                method == ProcurementMethod.FRAMEWORK_AGREEMENT ? "CM-2025-1" : null, at), s));
        return history;
    }

    String id() {
        return id;
    }

    long sequence() {
        return sequence;
    }

    ProcessHistory consulted(Instant at) {
        return deliver(s -> projections.processes().on(new MarketConsultationRecordedEvent(id, "Consulta", at), s));
    }

    ProcessHistory published(Instant at, Instant closes) {
        return published(at, closes, false, 10);
    }

    ProcessHistory published(Instant at, Instant closes, boolean reducedPeriod, int minimumDays) {
        closesAt = closes;
        return deliver(s -> projections.processes().on(new TenderPublishedEvent(id, closes,
                Duration.ofDays(minimumDays), reducedPeriod, reducedPeriod ? "Urgencia acreditada" : null, at), s));
    }

    ProcessHistory amended(Instant at, Instant newClosing, boolean extendedByRule) {
        Instant previous = closesAt;
        closesAt = newClosing;
        return deliver(s -> projections.processes().on(new TenderAmendedEvent(id, "am-" + s, "Aclaración",
                "Se corrige el anexo", previous, newClosing, extendedByRule, at), s));
    }

    ProcessHistory bid(String bidId, String supplier, String name, long amount, Instant at) {
        return bid(bidId, supplier, name, amount, null, at);
    }

    ProcessHistory bid(String bidId, String supplier, String name, long amount, String lot, Instant at) {
        return deliver(s -> projections.processes().on(new BidSubmittedEvent(id, bidId, Rut.of(supplier), name,
                Clp.of(amount), lot, List.of(new BidDocument("Oferta", "https://example.org/" + bidId)), at), s));
    }

    ProcessHistory opened(int bids, Instant at) {
        return deliver(s -> projections.processes().on(new BidsOpenedEvent(id, bids, at), s));
    }

    ProcessHistory admissible(String bidId, Instant at) {
        return deliver(s -> projections.processes().on(new BidDeclaredAdmissibleEvent(id, bidId, at), s));
    }

    ProcessHistory inadmissible(String bidId, Instant at, String... reasons) {
        return deliver(s -> projections.processes().on(
                new BidDeclaredInadmissibleEvent(id, bidId, List.of(reasons), at), s));
    }

    ProcessHistory evaluated(Instant at, BidScore... scores) {
        return deliver(s -> projections.processes().on(new BidsEvaluatedEvent(id, List.of(scores), "Informe", at), s));
    }

    ProcessHistory awarded(Instant at, AwardLine... awards) {
        return deliver(s -> projections.processes().on(new ProcurementAwardedEvent(id, List.of(awards), at), s));
    }

    /** A direct award (or an award of one bid) of {@code amount} to the supplier. */
    ProcessHistory awardedTo(String supplier, String name, long amount, Instant at) {
        return awarded(at, new AwardLine("aw-" + id, null, Rut.of(supplier), name, Clp.of(amount), null));
    }

    static AwardLine bidAward(String bidId, String supplier, String name, long amount, String lot) {
        return new AwardLine(bidId, bidId, Rut.of(supplier), name, Clp.of(amount), lot);
    }

    ProcessHistory voided(String reason, Instant at) {
        return deliver(s -> projections.processes().on(new ProcurementDeclaredVoidEvent(id, reason, at), s));
    }

    ProcessHistory contract(String contractId, String awardId, String supplier, long value, Instant at) {
        return deliver(s -> projections.contracts().on(new ContractSignedEvent(id, contractId, awardId,
                Rut.of(supplier), Clp.of(value), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31), at), s));
    }

    ProcessHistory order(String contractId, String orderId, long amount, Instant at) {
        return deliver(s -> projections.contracts().on(new PurchaseOrderIssuedEvent(id, contractId, orderId,
                Clp.of(amount), "Orden " + orderId, at), s));
    }

    ProcessHistory payment(String contractId, String paymentId, long amount, String orderId, Instant at) {
        return deliver(s -> projections.contracts().on(new ContractPaymentRecordedEvent(id, contractId, paymentId,
                Clp.of(amount), orderId, at), s));
    }

    ProcessHistory contractAmended(String contractId, long previousValue, long value, LocalDate endsOn, Instant at) {
        return deliver(s -> projections.contracts().on(new ContractAmendedEvent(id, contractId, "ca-" + s,
                Clp.of(previousValue), Clp.of(value), LocalDate.of(2025, 12, 31), endsOn, "Obras adicionales", at), s));
    }

    ProcessHistory terminated(String contractId, String reason, Instant at) {
        return deliver(s -> projections.contracts().on(new ContractTerminatedEvent(id, contractId, reason, at), s));
    }

    ProcessHistory completed(Instant at) {
        return deliver(s -> projections.processes().on(new ProcurementCompletedEvent(id, at), s));
    }

    /** Delivers every event of this history again, with its original sequence number. */
    void redeliverAll() {
        delivered.forEach(Runnable::run);
    }

    private interface Delivery {
        void to(long sequence);
    }

    private ProcessHistory deliver(Delivery delivery) {
        long s = ++sequence;
        Runnable event = () -> delivery.to(s);
        delivered.add(event);
        event.run();
        return this;
    }
}
