package cl.redlim.procurement.query.ocds;

import cl.redlim.procurement.api.*;
import cl.redlim.procurement.query.ocds.ProcurementReleases.Place;
import cl.redlim.territory.api.CommuneRegisteredEvent;
import cl.redlim.territory.api.RegionRegisteredEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.Function;

/**
 * Publishes every procurement event as one immutable OCDS release. A release's id is the ocid and the event's
 * sequence number in its process, and its date is the instant the event records (plannedAt, publishedAt, ...), so a
 * replay writes the very same releases again. The buyer's name comes from territory events handled in this same
 * processing group, so it is there before the first process that needs it.
 */
@Component
@ProcessingGroup(OcdsReleaseProjection.GROUP)
class OcdsReleaseProjection {

    static final String GROUP = "ocds";
    private static final Logger log = LoggerFactory.getLogger(OcdsReleaseProjection.class);

    private final OcdsStore store;
    private final ProcurementReleases releases;

    OcdsReleaseProjection(OcdsStore store, OcdsPublication publication) {
        this.store = store;
        this.releases = new ProcurementReleases(publication.ocidPrefix());
    }

    @EventHandler
    void on(RegionRegisteredEvent event) {
        store.name("region:" + event.regionCode(), event.name(), event.regionCode());
    }

    @EventHandler
    void on(CommuneRegisteredEvent event) {
        store.name("commune:" + event.cut().value(), event.name(), event.regionCode());
    }

    @EventHandler
    void on(ProcurementPlannedEvent event, @SequenceNumber long sequence) {
        ProcessState known = store.state(event.processId());
        if (known != null && known.version >= sequence) {
            return;
        }
        String cut = event.buyer().value();
        Place place = new Place(store.nameOf("commune:" + cut), store.nameOf("region:" + event.buyer().regionCode()));
        ProcessState state = new ProcessState();
        ObjectNode release = releases.planned(state, event, sequence, place);
        store.save(state, sequence, release, event.plannedAt());
    }

    @EventHandler
    void on(MarketConsultationRecordedEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.consultedAt(), s -> releases.marketConsultation(s, event, sequence));
    }

    @EventHandler
    void on(TenderPublishedEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.publishedAt(), s -> releases.published(s, event, sequence));
    }

    @EventHandler
    void on(TenderAmendedEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.amendedAt(), s -> releases.amended(s, event, sequence));
    }

    @EventHandler
    void on(BidSubmittedEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.submittedAt(), s -> releases.bidSubmitted(s, event, sequence));
    }

    @EventHandler
    void on(BidsOpenedEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.openedAt(), s -> releases.bidsOpened(s, event, sequence));
    }

    @EventHandler
    void on(BidDeclaredAdmissibleEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.decidedAt(), s -> releases.bidAdmissible(s, event, sequence));
    }

    @EventHandler
    void on(BidDeclaredInadmissibleEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.decidedAt(), s -> releases.bidInadmissible(s, event, sequence));
    }

    @EventHandler
    void on(BidsEvaluatedEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.evaluatedAt(), s -> releases.evaluated(s, event, sequence));
    }

    @EventHandler
    void on(ProcurementAwardedEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.awardedAt(), s -> releases.awarded(s, event, sequence));
    }

    @EventHandler
    void on(ProcurementDeclaredVoidEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.declaredAt(), s -> releases.declaredVoid(s, event, sequence));
    }

    @EventHandler
    void on(ContractSignedEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.signedAt(), s -> releases.contractSigned(s, event, sequence));
    }

    @EventHandler
    void on(PurchaseOrderIssuedEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.issuedAt(), s -> releases.purchaseOrder(s, event, sequence));
    }

    @EventHandler
    void on(ContractPaymentRecordedEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.paidAt(), s -> releases.payment(s, event, sequence));
    }

    @EventHandler
    void on(ContractAmendedEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.amendedAt(), s -> releases.contractAmended(s, event, sequence));
    }

    @EventHandler
    void on(ContractTerminatedEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.terminatedAt(), s -> releases.contractTerminated(s, event, sequence));
    }

    @EventHandler
    void on(ProcurementCompletedEvent event, @SequenceNumber long sequence) {
        next(event.processId(), sequence, event.completedAt(), s -> releases.completed(s, event, sequence));
    }

    /** Applies an event to a known process once: an event already applied (a redelivery) changes nothing. */
    private void next(String processId, long sequence, Instant at, Function<ProcessState, ObjectNode> release) {
        ProcessState state = store.state(processId);
        if (state == null) {
            log.warn("OCDS: event {} of unknown process {} skipped; was the process planned?", sequence, processId);
            return;
        }
        if (state.version >= sequence) {
            return;
        }
        store.save(state, sequence, release.apply(state), at);
    }
}
