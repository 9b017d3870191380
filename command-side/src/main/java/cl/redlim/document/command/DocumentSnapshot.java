package cl.redlim.document.command;

import cl.redlim.document.api.DocumentClassification;
import cl.redlim.document.api.DocumentContent;
import cl.redlim.document.api.DocumentType;
import cl.redlim.kernel.CommuneCode;

import java.util.List;

/** What a document's neighbours may know of it: its municipality, classification and the content of each version. */
public record DocumentSnapshot(String documentId, CommuneCode municipality, DocumentType type, String title,
                               DocumentClassification classification, List<DocumentContent> versions) {

    public DocumentContent version(int version) {
        return version >= 1 && version <= versions.size() ? versions.get(version - 1) : null;
    }
}
