package cl.redlim.document.query;

import cl.redlim.access.api.Actor;
import cl.redlim.access.api.Role;
import cl.redlim.document.api.*;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.readmodel.SequencedDocuments;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

import static cl.redlim.readmodel.DocValues.date;
import static cl.redlim.readmodel.DocValues.instant;
import static cl.redlim.readmodel.DocValues.longValue;

/**
 * Case files (expedientes) with their entries in order, for their parties only: the municipalities listed (any
 * integrator whose scope covers one), the principals listed, and auditors and administrators. Anyone else is told
 * there is no such case file. Document titles are copied in from the document events (this group handles them
 * itself), reserved documents' too: parties may read them.
 */
@Component
@ProcessingGroup(CaseFileProjection.GROUP)
class CaseFileProjection {

    static final String GROUP = "document-case-files";

    private final SequencedDocuments caseFiles;
    private final MongoCollection<Document> titles;

    CaseFileProjection(MongoDatabase readModelDatabase) {
        this.caseFiles = new SequencedDocuments(readModelDatabase.getCollection("document_case_files"));
        this.titles = readModelDatabase.getCollection("document_case_file_titles");
    }

    @EventHandler
    void on(DocumentLoadedEvent event) {
        titles.replaceOne(Filters.eq("_id", event.documentId()), new Document("_id", event.documentId())
                .append("title", event.title()).append("type", event.type().name()), new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(CaseFileOpenedEvent event, @SequenceNumber long sequence) {
        caseFiles.create(event.caseFileId(), sequence, new Document()
                .append("municipality", event.municipality().value())
                .append("title", event.title())
                .append("subject", event.subject())
                .append("parties", event.parties().stream().map(CaseFileProjection::party).toList())
                .append("closed", false)
                .append("entries", List.of())
                .append("openedAt", date(event.openedAt())));
    }

    @EventHandler
    void on(CaseFileDocumentAddedEvent event, @SequenceNumber long sequence,
            @MetaDataValue(Actor.PRINCIPAL) String by) {
        Document title = titles.find(Filters.eq("_id", event.documentId())).first();
        caseFiles.update(event.caseFileId(), sequence, Updates.push("entries", entry(event.entry(), "DOCUMENT", by,
                event.addedAt()).append("documentId", event.documentId())
                .append("documentTitle", title == null ? null : title.getString("title"))
                .append("documentType", title == null ? null : title.getString("type"))));
    }

    @EventHandler
    void on(CaseFileActionRecordedEvent event, @SequenceNumber long sequence,
            @MetaDataValue(Actor.PRINCIPAL) String by) {
        caseFiles.update(event.caseFileId(), sequence, Updates.push("entries", entry(event.entry(), "ACTION", by,
                event.recordedAt()).append("action", event.action()).append("description", event.description())));
    }

    @EventHandler
    void on(CaseFilePartyAddedEvent event, @SequenceNumber long sequence, @MetaDataValue(Actor.PRINCIPAL) String by) {
        caseFiles.update(event.caseFileId(), sequence, Updates.push("parties", party(event.party())),
                Updates.push("entries", entry(event.entry(), "PARTY_ADDED", by, event.addedAt())
                        .append("party", party(event.party()))));
    }

    @EventHandler
    void on(CaseFileClosedEvent event, @SequenceNumber long sequence, @MetaDataValue(Actor.PRINCIPAL) String by) {
        caseFiles.update(event.caseFileId(), sequence, Updates.set("closed", true),
                Updates.push("entries", entry(event.entry(), "CLOSED", by, event.closedAt())
                        .append("description", event.reason())));
    }

    @QueryHandler
    CaseFileView handle(FindCaseFileQuery query) {
        Document d = caseFiles.find(query.caseFileId());
        List<CaseFileParty> parties = d == null ? List.of()
                : d.getList("parties", Document.class).stream().map(CaseFileProjection::party).toList();
        if (d == null || !mayRead(query.viewer(), parties)) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No case file " + query.caseFileId()
                    + " of which this credential is a party");
        }
        return new CaseFileView(d.getString("_id"), d.getString("municipality"), d.getString("title"),
                d.getString("subject"), parties, d.getBoolean("closed", false),
                d.getList("entries", Document.class).stream().map(CaseFileProjection::entry).toList(),
                instant(d, "openedAt"), longValue(d, "version"));
    }

    static boolean mayRead(Actor viewer, List<CaseFileParty> parties) {
        if (viewer == null) {
            return false;
        }
        if (viewer.role() == Role.AUDITOR || viewer.role() == Role.ADMIN) {
            return true;
        }
        return parties.stream().anyMatch(p -> switch (p.kind()) {
            case PRINCIPAL -> p.id().equals(viewer.principal());
            case MUNICIPALITY -> viewer.role() == Role.INTEGRATOR && CommuneCode.isValid(p.id())
                    && viewer.mayActFor(CommuneCode.of(p.id()));
        });
    }

    private static Document entry(int entry, String kind, String by, Instant at) {
        return new Document("entry", entry).append("kind", kind).append("by", by).append("at", date(at));
    }

    private static CaseFileView.Entry entry(Document e) {
        Document party = e.get("party", Document.class);
        return new CaseFileView.Entry(e.getInteger("entry"), e.getString("kind"), e.getString("documentId"),
                e.getString("documentTitle"),
                e.getString("documentType") == null ? null : DocumentType.valueOf(e.getString("documentType")),
                e.getString("action"), e.getString("description"), party == null ? null : party(party),
                e.getString("by"), instant(e, "at"));
    }

    private static Document party(CaseFileParty party) {
        return new Document("kind", party.kind().name()).append("id", party.id());
    }

    private static CaseFileParty party(Document d) {
        return new CaseFileParty(CaseFileParty.Kind.valueOf(d.getString("kind")), d.getString("id"));
    }
}
