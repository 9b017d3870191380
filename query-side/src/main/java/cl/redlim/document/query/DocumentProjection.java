package cl.redlim.document.query;

import cl.redlim.document.api.*;
import cl.redlim.readmodel.SequencedDocuments;
import cl.redlim.territory.api.CommuneRegisteredEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.List;

import static cl.redlim.readmodel.DocValues.date;

/**
 * One read-model document per municipal document with every version's verification data: hash, signatures (with
 * the public keys), number, distribution. A reserved document is kept for verification only: its title, author and
 * reservation reason (nor its file names) are never written here, and the public list and view leave it out.
 */
@Component
@ProcessingGroup(DocumentProjection.GROUP)
class DocumentProjection {

    static final String GROUP = "document-documents";
    static final String COLLECTION = "document_documents";

    private final SequencedDocuments documents;
    private final MongoCollection<Document> names;

    DocumentProjection(MongoDatabase readModelDatabase) {
        this.documents = new SequencedDocuments(readModelDatabase.getCollection(COLLECTION));
        this.names = readModelDatabase.getCollection("document_names");
    }

    @EventHandler
    void on(CommuneRegisteredEvent event) {
        names.replaceOne(Filters.eq("_id", event.cut().value()), new Document("_id", event.cut().value())
                .append("name", event.name()), new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(DocumentLoadedEvent event, @SequenceNumber long sequence) {
        boolean reserved = event.classification() == DocumentClassification.RESERVED;
        Document name = names.find(Filters.eq("_id", event.municipality().value())).first();
        DocumentLinks links = event.links() == null ? DocumentLinks.NONE : event.links();
        documents.create(event.documentId(), sequence, new Document()
                .append("municipality", event.municipality().value())
                .append("communeName", name == null ? null : name.getString("name"))
                .append("type", event.type().name())
                .append("title", reserved ? null : event.title())
                .append("author", reserved ? null : event.author())
                .append("classification", event.classification().name())
                .append("reservationGround", reserved ? event.reservationGround().name() : null)
                .append("fundApplicationId", links.fundApplicationId())
                .append("procurementProcessId", links.procurementProcessId())
                .append("status", DocumentStatus.LOADED.name())
                .append("currentVersion", 1)
                .append("versions", List.of(version(1, event.content(), event.loadedAt(), reserved)))
                .append("loadedAt", date(event.loadedAt())));
    }

    @EventHandler
    void on(DocumentVersionAddedEvent event, @SequenceNumber long sequence) {
        Document document = documents.find(event.documentId());
        boolean reserved = document != null
                && DocumentClassification.RESERVED.name().equals(document.getString("classification"));
        documents.update(event.documentId(), sequence,
                Updates.push("versions", version(event.version(), event.content(), event.addedAt(), reserved)),
                Updates.set("currentVersion", event.version()),
                Updates.set("status", DocumentStatus.LOADED.name()));
    }

    @EventHandler
    void on(DocumentReviewedEvent event, @SequenceNumber long sequence) {
        String at = at(event.version());
        documents.update(event.documentId(), sequence, Updates.set(at + "reviewedAt", date(event.reviewedAt())),
                Updates.set(at + "reviewerName", event.reviewerName()),
                Updates.set("status", DocumentStatus.REVIEWED.name()));
    }

    @EventHandler
    void on(DocumentSignedEvent event, @SequenceNumber long sequence) {
        documents.update(event.documentId(), sequence, Updates.push(at(event.version()) + "signatures",
                        new Document("signer", event.signer())
                                .append("signerName", event.signerName())
                                .append("signerPosition", event.signerPosition())
                                .append("algorithm", event.algorithm())
                                .append("publicKey", event.publicKey())
                                .append("signedData", event.signedData())
                                .append("signature", event.signature())
                                .append("signedAt", date(event.signedAt()))),
                Updates.set("status", DocumentStatus.SIGNED.name()));
    }

    @EventHandler
    void on(DocumentNumberedEvent event, @SequenceNumber long sequence) {
        String at = at(event.version());
        documents.update(event.documentId(), sequence, Updates.set(at + "year", event.year()),
                Updates.set(at + "number", event.number()),
                Updates.set(at + "numberedAt", date(event.numberedAt())),
                Updates.set("status", DocumentStatus.NUMBERED.name()));
    }

    @EventHandler
    void on(DocumentDistributedEvent event, @SequenceNumber long sequence) {
        String at = at(event.version());
        // recipients are people and offices: only how many is public
        documents.update(event.documentId(), sequence, Updates.set(at + "distributedAt", date(event.distributedAt())),
                Updates.inc(at + "recipientCount", event.recipients().size()),
                Updates.set("status", DocumentStatus.DISTRIBUTED.name()));
    }

    @EventHandler
    void on(DocumentArchivedEvent event, @SequenceNumber long sequence) {
        documents.update(event.documentId(), sequence, Updates.set("archivedAt", date(event.archivedAt())),
                Updates.set("status", DocumentStatus.ARCHIVED.name()));
    }

    private static String at(int version) {
        return "versions." + (version - 1) + ".";
    }

    /** A reserved version's file name is left out: names often repeat the title. */
    private static Document version(int version, DocumentContent content, java.time.Instant loadedAt,
                                    boolean reserved) {
        return new Document("version", version)
                .append("sha256", content.sha256())
                .append("size", content.size())
                .append("mediaType", content.mediaType())
                .append("fileName", reserved ? null : content.fileName())
                .append("loadedAt", date(loadedAt))
                .append("signatures", List.of())
                .append("recipientCount", 0);
    }
}
