package cl.redlim.certification.query;

import cl.redlim.certification.api.*;
import cl.redlim.readmodel.SequencedDocuments;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

import static cl.redlim.readmodel.DocValues.date;

/**
 * Each certification's status and its current certificate's valid-until: what the expiry sweeper asks for. Not
 * public; the progress read models are separate.
 */
@Component
@ProcessingGroup(CertificateValidityProjection.GROUP)
class CertificateValidityProjection {

    static final String GROUP = "certification-validity";

    private final SequencedDocuments certifications;

    CertificateValidityProjection(MongoDatabase readModelDatabase) {
        this.certifications = new SequencedDocuments(readModelDatabase.getCollection("certification_validity"));
        certifications.collection().createIndex(Indexes.ascending("status", "validUntil"));
    }

    @EventHandler
    void on(OfficialEnrolledEvent event, @SequenceNumber long sequence) {
        certifications.create(event.certificationId(), sequence, new Document()
                .append("status", CertificationStatus.IN_PROGRESS.name()).append("validUntil", null));
    }

    @EventHandler
    void on(OfficialCertifiedEvent event, @SequenceNumber long sequence) {
        certified(event.certificationId(), sequence, event.certificate());
    }

    @EventHandler
    void on(CertificateRenewedEvent event, @SequenceNumber long sequence) {
        certified(event.certificationId(), sequence, event.certificate());
    }

    @EventHandler
    void on(CertificateExpiredEvent event, @SequenceNumber long sequence) {
        certifications.update(event.certificationId(), sequence,
                Updates.set("status", CertificationStatus.EXPIRED.name()));
    }

    @EventHandler
    void on(CertificateRevokedEvent event, @SequenceNumber long sequence) {
        certifications.update(event.certificationId(), sequence,
                Updates.set("status", CertificationStatus.REVOKED.name()));
    }

    @EventHandler
    void on(CertificationWithdrawnEvent event, @SequenceNumber long sequence) {
        certifications.update(event.certificationId(), sequence, Updates.set("status",
                (event.kind() == WithdrawalKind.DROPPED_OUT ? CertificationStatus.DROPPED_OUT
                        : CertificationStatus.WITHDRAWN).name()));
    }

    @QueryHandler
    CertificatesDueForExpiryView handle(FindCertificatesDueForExpiryQuery query) {
        List<String> ids = new ArrayList<>();
        certifications.collection().find(Filters.and(Filters.eq("status", CertificationStatus.CERTIFIED.name()),
                        Filters.lte("validUntil", date(query.asOf()))))
                .sort(Sorts.ascending("validUntil")).limit(Math.max(1, query.limit()))
                .forEach(d -> ids.add(d.getString("_id")));
        return new CertificatesDueForExpiryView(ids);
    }

    private void certified(String certificationId, long sequence, IssuedCertificate certificate) {
        certifications.update(certificationId, sequence,
                Updates.set("status", CertificationStatus.CERTIFIED.name()),
                Updates.set("validUntil", date(certificate.validUntil())));
    }
}
