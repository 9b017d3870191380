package cl.redlim.document.command;

import cl.redlim.access.api.Actor;
import cl.redlim.document.api.*;
import cl.redlim.kernel.Checks;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.territory.api.CommuneRegistry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static cl.redlim.document.api.DocumentStatus.*;
import static cl.redlim.kernel.Checks.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A municipal document under Ley 21.180 (DocDigital): versions of immutable content, each reviewed (visado), signed,
 * numbered and distributed in that order; a new version starts the cycle again and earlier versions stay as they
 * were. Every command acts for the document's municipality and is checked against the caller's scope.
 */
@Aggregate(commandTargetResolver = "metaDataVersionTargetResolver")
class Document {

    /** Numbers run per calendar year in Chile. */
    static final ZoneId CHILE = ZoneId.of("America/Santiago");

    @AggregateIdentifier
    private String documentId;
    private CommuneCode municipality;
    private DocumentType type;
    private String title;
    private DocumentClassification classification;
    private boolean archived;
    private final List<Version> versions = new ArrayList<>();

    protected Document() {
    }

    @CommandHandler
    Document(LoadDocumentCommand command, Actor actor, CommuneRegistry communes, ContentStore contents) {
        Checks.present(command.municipality(), "The municipality");
        actor.requireMayActFor(command.municipality());
        if (communes.find(command.municipality()).isEmpty()) {
            throw refused(ErrorCode.UNKNOWN_COMMUNE, "No commune " + command.municipality() + " is registered");
        }
        Checks.present(command.type(), "The document type");
        Checks.text(command.title(), "The title");
        Checks.text(command.author(), "The author");
        Checks.present(command.classification(), "The classification");
        Checks.present(command.loadedAt(), "The loading instant");
        boolean reserved = command.classification() == DocumentClassification.RESERVED;
        if (reserved != (command.reservationGround() != null)) {
            throw refused(ErrorCode.RESERVATION_GROUND_REQUIRED, reserved
                    ? "A reserved document names its ground of Ley 20.285 art. 21"
                    : "A public document has no reservation ground");
        }
        requireStored(command.content(), contents);
        apply(new DocumentLoadedEvent(command.documentId(), command.municipality(), command.type(), command.title(),
                command.author(), command.classification(), command.reservationGround(),
                reserved ? Checks.blankToNull(command.reservationReason()) : null,
                command.links() == null ? DocumentLinks.NONE : command.links(), command.content(),
                command.loadedAt()));
    }

    @CommandHandler
    void handle(AddDocumentVersionCommand command, Actor actor, ContentStore contents) {
        actor.requireMayActFor(municipality);
        requireNotArchived();
        Checks.present(command.addedAt(), "The instant");
        requireStored(command.content(), contents);
        if (current().sha256.equals(command.content().sha256())) {
            throw refused(ErrorCode.VALIDATION_FAILED, "The content is that of version " + current().number
                    + " already: a new version has new content");
        }
        apply(new DocumentVersionAddedEvent(documentId, versions.size() + 1, command.content(),
                Checks.blankToNull(command.note()), command.addedAt()));
    }

    @CommandHandler
    void handle(ReviewDocumentCommand command, Actor actor) {
        Version version = requireCurrent(actor, command.version());
        if (version.status != LOADED) {
            throw refused(ErrorCode.DOCUMENT_ALREADY_REVIEWED, "Version " + version.number + " is reviewed already");
        }
        Checks.text(command.reviewerName(), "The reviewer's name");
        Checks.present(command.reviewedAt(), "The instant");
        apply(new DocumentReviewedEvent(documentId, version.number, actor.principal(), command.reviewerName(),
                Checks.blankToNull(command.note()), command.reviewedAt()));
    }

    @CommandHandler
    void handle(SignDocumentCommand command, Actor actor, SignerKeys keys) {
        Version version = requireCurrent(actor, command.version());
        if (version.status == LOADED) {
            throw refused(ErrorCode.DOCUMENT_NOT_REVIEWED, "Version " + version.number + " must be reviewed first");
        }
        if (version.status != REVIEWED && version.status != SIGNED) {
            throw refused(ErrorCode.DOCUMENT_ALREADY_SIGNED, "Version " + version.number + " is numbered: its "
                    + "signatures are closed");
        }
        if (version.signers.contains(actor.principal())) {
            throw refused(ErrorCode.DOCUMENT_ALREADY_SIGNED, actor.principal() + " signed version "
                    + version.number + " already");
        }
        Checks.text(command.signerName(), "The signer's name");
        Checks.text(command.signerPosition(), "The signer's position");
        Checks.present(command.signedAt(), "The instant");
        String data = SignedData.of(version.sha256, documentId, version.number, actor.principal(), command.signedAt());
        SignerKeys.Signed signed = keys.sign(actor.principal(), data);
        apply(new DocumentSignedEvent(documentId, version.number, actor.principal(), command.signerName(),
                command.signerPosition(), signed.algorithm(), signed.publicKey(), data, signed.signature(),
                command.signedAt()));
    }

    @CommandHandler
    void handle(NumberDocumentCommand command, Actor actor, DocumentNumbers numbers) {
        Version version = requireCurrent(actor, command.version());
        if (version.status == LOADED || version.status == REVIEWED) {
            throw refused(ErrorCode.DOCUMENT_NOT_SIGNED, "Version " + version.number + " must be signed first");
        }
        if (version.status != SIGNED) {
            throw refused(ErrorCode.DOCUMENT_ALREADY_NUMBERED, "Version " + version.number + " has its number");
        }
        Checks.present(command.numberedAt(), "The instant");
        int year = command.numberedAt().atZone(CHILE).getYear();
        long number = numbers.allocate(new AllocateDocumentNumberCommand(DocumentNumberingId.of(municipality, year),
                municipality, year, documentId, version.number, command.numberedAt()));
        apply(new DocumentNumberedEvent(documentId, version.number, year, number, command.numberedAt()));
    }

    @CommandHandler
    void handle(DistributeDocumentCommand command, Actor actor) {
        Version version = requireCurrent(actor, command.version());
        if (version.status != NUMBERED && version.status != DISTRIBUTED) {
            throw refused(ErrorCode.DOCUMENT_NOT_NUMBERED, "Version " + version.number + " must be numbered first");
        }
        if (command.recipients() == null || command.recipients().isEmpty()) {
            throw refused(ErrorCode.VALIDATION_FAILED, "A distribution names at least one recipient");
        }
        for (Recipient recipient : command.recipients()) {
            Checks.present(recipient, "A recipient");
            Checks.text(recipient.name(), "A recipient's name");
            Checks.text(recipient.address(), "A recipient's address");
        }
        Checks.present(command.distributedAt(), "The instant");
        apply(new DocumentDistributedEvent(documentId, version.number, List.copyOf(command.recipients()),
                command.distributedAt()));
    }

    @CommandHandler
    void handle(ArchiveDocumentCommand command, Actor actor) {
        actor.requireMayActFor(municipality);
        requireNotArchived();
        Checks.text(command.reason(), "The reason");
        Checks.present(command.archivedAt(), "The instant");
        apply(new DocumentArchivedEvent(documentId, command.reason(), command.archivedAt()));
    }

    DocumentSnapshot snapshot() {
        return new DocumentSnapshot(documentId, municipality, type, title, classification,
                versions.stream().map(v -> v.content).toList());
    }

    private static void requireStored(DocumentContent content, ContentStore contents) {
        Checks.present(content, "The content");
        if (!ContentHash.isValid(content.sha256())) {
            throw refused(ErrorCode.VALIDATION_FAILED, "A content hash is 64 lowercase hex digits (SHA-256)");
        }
        Checks.text(content.mediaType(), "The content's media type");
        if (!contents.contains(content.sha256())) {
            throw refused(ErrorCode.CONTENT_NOT_FOUND, "No content " + content.sha256() + " is stored; upload it "
                    + "to /api/v1/document-contents first");
        }
    }

    private Version requireCurrent(Actor actor, int version) {
        actor.requireMayActFor(municipality);
        requireNotArchived();
        if (version != versions.size()) {
            throw refused(ErrorCode.DOCUMENT_VERSION_NOT_CURRENT, "The current version is " + versions.size()
                    + ", not " + version);
        }
        return current();
    }

    private void requireNotArchived() {
        if (archived) {
            throw refused(ErrorCode.DOCUMENT_ARCHIVED, "Document " + documentId + " is archived");
        }
    }

    private Version current() {
        return versions.get(versions.size() - 1);
    }

    @EventSourcingHandler
    void on(DocumentLoadedEvent event) {
        this.documentId = event.documentId();
        this.municipality = event.municipality();
        this.type = event.type();
        this.title = event.title();
        this.classification = event.classification();
        this.versions.add(new Version(1, event.content()));
    }

    @EventSourcingHandler
    void on(DocumentVersionAddedEvent event) {
        this.versions.add(new Version(event.version(), event.content()));
    }

    @EventSourcingHandler
    void on(DocumentReviewedEvent event) {
        versions.get(event.version() - 1).status = REVIEWED;
    }

    @EventSourcingHandler
    void on(DocumentSignedEvent event) {
        Version version = versions.get(event.version() - 1);
        version.status = SIGNED;
        version.signers.add(event.signer());
    }

    @EventSourcingHandler
    void on(DocumentNumberedEvent event) {
        versions.get(event.version() - 1).status = NUMBERED;
    }

    @EventSourcingHandler
    void on(DocumentDistributedEvent event) {
        versions.get(event.version() - 1).status = DISTRIBUTED;
    }

    @EventSourcingHandler
    void on(DocumentArchivedEvent event) {
        this.archived = true;
    }

    /** One version's place in the cycle. */
    private static final class Version {
        final int number;
        final DocumentContent content;
        final String sha256;
        final Set<String> signers = new HashSet<>();
        DocumentStatus status = LOADED;

        Version(int number, DocumentContent content) {
            this.number = number;
            this.content = content;
            this.sha256 = content.sha256();
        }

        // the test fixture compares the state a command leaves with the state its events rebuild
        @Override
        public boolean equals(Object o) {
            return o instanceof Version v && v.number == number && v.content.equals(content)
                    && v.signers.equals(signers) && v.status == status;
        }

        @Override
        public int hashCode() {
            return Objects.hash(number, content, signers, status);
        }
    }
}
