package cl.redlim.document.command;

import cl.redlim.access.api.Actor;
import cl.redlim.access.api.Role;
import cl.redlim.document.api.DocumentClassification;
import cl.redlim.document.api.DocumentContent;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the content of a version, any version: the document's municipality (its integrators), auditors and
 * administrators read every document; anyone reads a public one. Decided from the document aggregate itself.
 */
@Component
public class DocumentContentAccess {

    private final Documents documents;
    private final ContentStore contents;

    DocumentContentAccess(Documents documents, ContentStore contents) {
        this.documents = documents;
        this.contents = contents;
    }

    /** @param reader null for the public */
    public Content open(String documentId, int version, Actor reader) {
        DocumentSnapshot document = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> documents.find(documentId)).getPayload()
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No document " + documentId));
        boolean mayRead = document.classification() == DocumentClassification.PUBLIC
                || reader != null && (reader.role() == Role.AUDITOR || reader.role() == Role.ADMIN
                || reader.role() == Role.INTEGRATOR && reader.mayActFor(document.municipality()));
        DocumentContent content = document.version(version);
        if (!mayRead || content == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No version " + version + " of document " + documentId
                    + " that this credential may read");
        }
        try {
            InputStream in = contents.open(content.sha256()).orElseThrow(() -> new DomainException(
                    ErrorCode.SERVICE_UNAVAILABLE, "The content of version " + version + " is not reachable"));
            return new Content(content, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Content(DocumentContent description, InputStream stream) {
    }
}
