package cl.redlim.document.query;

import cl.redlim.document.api.*;
import org.bson.Document;

import java.util.List;

import static cl.redlim.readmodel.DocValues.instant;
import static cl.redlim.readmodel.DocValues.longOrNull;
import static cl.redlim.readmodel.DocValues.longValue;

/** Read-model documents to views. */
final class DocumentViews {

    private DocumentViews() {
    }

    static PublishedDocumentView toView(Document d) {
        return new PublishedDocumentView(d.getString("_id"), d.getString("municipality"), d.getString("communeName"),
                DocumentType.valueOf(d.getString("type")), d.getString("title"), d.getString("author"),
                DocumentClassification.valueOf(d.getString("classification")),
                new DocumentLinks(d.getString("fundApplicationId"), d.getString("procurementProcessId")),
                DocumentStatus.valueOf(d.getString("status")), d.getInteger("currentVersion"),
                versions(d).stream().map(DocumentViews::version).toList(), instant(d, "loadedAt"),
                instant(d, "archivedAt"), longValue(d, "version"));
    }

    static List<Document> versions(Document d) {
        return d.getList("versions", Document.class);
    }

    static DocumentVersionView version(Document v) {
        return new DocumentVersionView(v.getInteger("version"), v.getString("sha256"), longValue(v, "size"),
                v.getString("mediaType"), v.getString("fileName"), instant(v, "loadedAt"), instant(v, "reviewedAt"),
                v.getString("reviewerName"), signatures(v, null), v.getInteger("year"), longOrNull(v, "number"),
                instant(v, "numberedAt"), instant(v, "distributedAt"), v.getInteger("recipientCount", 0));
    }

    /** @param verifiedFor the content hash to verify each signature for, or null not to verify */
    static List<SignatureView> signatures(Document v, String verifiedFor) {
        return v.getList("signatures", Document.class).stream().map(s -> new SignatureView(s.getString("signer"),
                s.getString("signerName"), s.getString("signerPosition"), s.getString("algorithm"),
                s.getString("publicKey"), s.getString("signedData"), s.getString("signature"),
                instant(s, "signedAt"), verifiedFor == null ? null : SignatureCheck.valid(
                        s.getString("algorithm"), s.getString("publicKey"), s.getString("signedData"),
                        s.getString("signature"), verifiedFor))).toList();
    }
}
