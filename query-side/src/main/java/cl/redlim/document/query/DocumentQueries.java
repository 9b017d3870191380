package cl.redlim.document.query;

import cl.redlim.document.api.*;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The public documents and the verification of a file's hash. */
@Component
class DocumentQueries {

    private final MongoCollection<Document> documents;

    DocumentQueries(MongoDatabase readModelDatabase) {
        this.documents = readModelDatabase.getCollection(DocumentProjection.COLLECTION);
    }

    @QueryHandler
    PublishedDocumentPageView handle(FindPublishedDocumentsQuery query) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.eq("classification", DocumentClassification.PUBLIC.name()));
        if (query.municipality() != null) {
            filters.add(Filters.eq("municipality", query.municipality()));
        }
        if (query.type() != null) {
            filters.add(Filters.eq("type", query.type().name()));
        }
        if (query.status() != null) {
            filters.add(Filters.eq("status", query.status().name()));
        }
        Bson filter = Filters.and(filters);
        List<PublishedDocumentView> items = new ArrayList<>();
        documents.find(filter).sort(Sorts.orderBy(Sorts.descending("loadedAt"), Sorts.ascending("_id")))
                .skip(query.page() * query.size()).limit(query.size())
                .forEach(d -> items.add(DocumentViews.toView(d)));
        return new PublishedDocumentPageView(items, query.page(), query.size(), documents.countDocuments(filter));
    }

    @QueryHandler
    PublishedDocumentView handle(FindPublishedDocumentQuery query) {
        // by _id alone, which the embedded store finds by index, then the classification
        Document d = documents.find(Filters.eq("_id", query.documentId())).first();
        if (d == null || !DocumentClassification.PUBLIC.name().equals(d.getString("classification"))) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No public document " + query.documentId());
        }
        return DocumentViews.toView(d);
    }

    @QueryHandler
    DocumentVerificationView handle(VerifyDocumentContentQuery query) {
        List<VerificationMatch> matches = new ArrayList<>();
        documents.find(Filters.eq("versions.sha256", query.sha256())).sort(Sorts.ascending("loadedAt"))
                .forEach(d -> {
                    boolean reserved = DocumentClassification.RESERVED.name().equals(d.getString("classification"));
                    for (Document v : DocumentViews.versions(d)) {
                        if (!query.sha256().equals(v.getString("sha256"))) {
                            continue;
                        }
                        List<SignatureView> signatures = DocumentViews.signatures(v, query.sha256());
                        int number = v.getInteger("version");
                        boolean current = number == d.getInteger("currentVersion");
                        matches.add(new VerificationMatch(d.getString("_id"), number, current,
                                d.getString("municipality"), DocumentType.valueOf(d.getString("type")),
                                DocumentClassification.valueOf(d.getString("classification")),
                                d.getString("reservationGround") == null ? null
                                        : ReservationGround.valueOf(d.getString("reservationGround")),
                                reserved ? null : d.getString("title"),
                                current ? DocumentStatus.valueOf(d.getString("status")) : null,
                                v.getInteger("year"), cl.redlim.readmodel.DocValues.longOrNull(v, "number"),
                                signatures, !signatures.isEmpty()
                                        && signatures.stream().allMatch(s -> Boolean.TRUE.equals(s.valid()))));
                    }
                });
        return new DocumentVerificationView(query.sha256(), query.size(), !matches.isEmpty(), matches);
    }
}
