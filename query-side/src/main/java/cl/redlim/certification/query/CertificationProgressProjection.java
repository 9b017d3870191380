package cl.redlim.certification.query;

import cl.redlim.certification.api.*;
import cl.redlim.readmodel.Names;
import cl.redlim.readmodel.SequencedDocuments;
import cl.redlim.territory.api.CommuneClassifiedEvent;
import cl.redlim.territory.api.CommuneRegisteredEvent;
import cl.redlim.territory.api.RegionRegisteredEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;

import static cl.redlim.readmodel.DocValues.date;

/**
 * One document per certification with the dates of each stage (enrolled, all modules done, assessment passed, first
 * certified, revoked), the official's RUT and municipality; and the communes with their region, SUBDERE group and
 * rurality, from territory events handled in this same processing group. {@link CertificationProgressQueries}
 * computes the public figures from both.
 */
@Component
@ProcessingGroup(CertificationProgressProjection.GROUP)
class CertificationProgressProjection {

    static final String GROUP = "certification-progress";
    static final String CERTIFICATIONS = "certification_progress";
    static final String COMMUNES = "certification_progress_communes";
    static final String NAMES = "certification_progress_names";

    private final SequencedDocuments certifications;
    private final MongoCollection<Document> communes;
    private final Names names;

    CertificationProgressProjection(MongoDatabase readModelDatabase) {
        this.certifications = new SequencedDocuments(readModelDatabase.getCollection(CERTIFICATIONS));
        this.communes = readModelDatabase.getCollection(COMMUNES);
        this.names = new Names(readModelDatabase.getCollection(NAMES));
        certifications.collection().createIndex(Indexes.ascending("programmeId"));
        certifications.collection().createIndex(Indexes.ascending("rut"));
    }

    @EventHandler
    void on(RegionRegisteredEvent event) {
        names.put("region:" + event.regionCode(), event.name());
    }

    @EventHandler
    void on(CommuneRegisteredEvent event) {
        communes.updateOne(Filters.eq("_id", event.cut().value()), Updates.combine(
                Updates.set("name", event.name()), Updates.set("regionCode", event.regionCode())),
                new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(CommuneClassifiedEvent event) {
        communes.updateOne(Filters.eq("_id", event.cut().value()), Updates.combine(
                        Updates.set("group", event.group().number()),
                        Updates.set("rurality", event.rurality().name()),
                        Updates.setOnInsert("regionCode", event.cut().regionCode())),
                new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(OfficialEnrolledEvent event, @SequenceNumber long sequence) {
        certifications.create(event.certificationId(), sequence, new Document()
                .append("programmeId", event.programmeId())
                .append("rut", event.rut().value())
                .append("municipality", event.municipality().value())
                .append("modulesRequired", event.requirements().modules().size())
                .append("modulesCompleted", 0)
                .append("status", CertificationStatus.IN_PROGRESS.name())
                .append("enrolledAt", date(event.enrolledAt()))
                .append("allModulesAt", null)
                .append("passedAt", null)
                .append("certifiedAt", null)
                .append("revokedAt", null));
    }

    @EventHandler
    void on(ModuleCompletedEvent event, @SequenceNumber long sequence) {
        Document current = certifications.find(event.certificationId());
        if (current == null || current.getLong(SequencedDocuments.VERSION) >= sequence) {
            return;
        }
        int done = current.getInteger("modulesCompleted", 0) + 1;
        boolean allDone = done >= current.getInteger("modulesRequired", Integer.MAX_VALUE)
                && current.get("allModulesAt") == null;
        certifications.update(event.certificationId(), sequence, allDone
                ? Updates.combine(Updates.set("modulesCompleted", done),
                        Updates.set("allModulesAt", date(event.completedAt())))
                : Updates.set("modulesCompleted", done));
    }

    @EventHandler
    void on(AssessmentSatEvent event, @SequenceNumber long sequence) {
        if (event.passed()) {
            certifications.update(event.certificationId(), sequence,
                    Updates.set("passedAt", date(event.assessedAt())));
        } else {
            certifications.update(event.certificationId(), sequence);
        }
    }

    @EventHandler
    void on(OfficialCertifiedEvent event, @SequenceNumber long sequence) {
        certifications.update(event.certificationId(), sequence,
                Updates.set("status", CertificationStatus.CERTIFIED.name()),
                Updates.set("municipality", event.certificate().municipality().value()),
                Updates.set("certifiedAt", date(event.certificate().issuedAt())));
    }

    @EventHandler
    void on(CertificateRenewedEvent event, @SequenceNumber long sequence) {
        certifications.update(event.certificationId(), sequence,
                Updates.set("status", CertificationStatus.CERTIFIED.name()));
    }

    @EventHandler
    void on(CertificateExpiredEvent event, @SequenceNumber long sequence) {
        certifications.update(event.certificationId(), sequence,
                Updates.set("status", CertificationStatus.EXPIRED.name()));
    }

    @EventHandler
    void on(CertificateRevokedEvent event, @SequenceNumber long sequence) {
        certifications.update(event.certificationId(), sequence,
                Updates.set("status", CertificationStatus.REVOKED.name()),
                Updates.set("revokedAt", date(event.revokedAt())));
    }

    @EventHandler
    void on(CertificationWithdrawnEvent event, @SequenceNumber long sequence) {
        certifications.update(event.certificationId(), sequence, Updates.set("status",
                (event.kind() == WithdrawalKind.DROPPED_OUT ? CertificationStatus.DROPPED_OUT
                        : CertificationStatus.WITHDRAWN).name()));
    }

    /** An official moves: certifications not yet certified follow them; certified ones stay where they were issued. */
    @EventHandler
    void on(OfficialTransferredEvent event) {
        certifications.collection().updateMany(Filters.and(Filters.eq("rut", event.rut().value()),
                        Filters.eq("certifiedAt", null)),
                Updates.set("municipality", event.toMunicipality().value()));
    }
}
