package cl.redlim.certification.query;

import cl.redlim.certification.api.CertificateRenewedEvent;
import cl.redlim.certification.api.CredentialView;
import cl.redlim.certification.api.FindCredentialQuery;
import cl.redlim.certification.api.IssuedCertificate;
import cl.redlim.certification.api.OfficialCertifiedEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static cl.redlim.readmodel.DocValues.date;

/**
 * Every issued certificate credential by its id: the signed VC-JWT as the certify or renew event recorded it, for
 * the public credential endpoints (JSON, QR code, verification). One document per credential, written whole from one
 * event, so a replay writes the same document again. Revocation and expiry are not kept here: the status list and
 * the signed validity dates tell every verifier.
 */
@Component
@ProcessingGroup(CredentialProjection.GROUP)
class CredentialProjection {

    static final String GROUP = "certification-credentials";
    private static final String URN = "urn:uuid:";

    private final MongoCollection<Document> credentials;

    CredentialProjection(MongoDatabase readModelDatabase) {
        this.credentials = readModelDatabase.getCollection("certification_credentials");
    }

    @EventHandler
    void on(OfficialCertifiedEvent event) {
        issued(event.certificationId(), event.certificate(), event.credentialJwt());
    }

    @EventHandler
    void on(CertificateRenewedEvent event) {
        issued(event.certificationId(), event.certificate(), event.credentialJwt());
    }

    @QueryHandler
    Optional<CredentialView> handle(FindCredentialQuery query) {
        String id = query.credentialId() == null ? "" : query.credentialId().strip();
        Document d = credentials.find(Filters.eq("_id", id.startsWith(URN) ? id : URN + id)).first();
        return d == null ? Optional.empty() : Optional.of(new CredentialView(d.getString("_id"),
                d.getString("certificationId"), d.getString("jwt"), d.getDate("issuedAt").toInstant(),
                d.getDate("validUntil") == null ? null : d.getDate("validUntil").toInstant()));
    }

    private void issued(String certificationId, IssuedCertificate certificate, String jwt) {
        if (jwt == null) {
            return; // a certificate recorded without its credential (none in the store; kept for safety)
        }
        credentials.replaceOne(Filters.eq("_id", certificate.credentialId()), new Document("_id",
                        certificate.credentialId()).append("certificationId", certificationId).append("jwt", jwt)
                        .append("issuedAt", date(certificate.issuedAt()))
                        .append("validUntil", date(certificate.validUntil())),
                new ReplaceOptions().upsert(true));
    }
}
