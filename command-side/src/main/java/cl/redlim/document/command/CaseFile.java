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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static cl.redlim.kernel.Checks.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A case file (expediente electrónico): the ordered record of a matter's documents and actions. Its parties are its
 * municipality and whoever is listed (other municipalities, principals); the read side shows it only to them.
 */
@Aggregate(commandTargetResolver = "metaDataVersionTargetResolver")
class CaseFile {

    @AggregateIdentifier
    private String caseFileId;
    private CommuneCode municipality;
    private final Set<CaseFileParty> parties = new HashSet<>();
    private final Set<String> documents = new HashSet<>();
    private int entries;
    private boolean closed;

    protected CaseFile() {
    }

    @CommandHandler
    CaseFile(OpenCaseFileCommand command, Actor actor, CommuneRegistry communes) {
        Checks.present(command.municipality(), "The municipality");
        actor.requireMayActFor(command.municipality());
        if (communes.find(command.municipality()).isEmpty()) {
            throw refused(ErrorCode.UNKNOWN_COMMUNE, "No commune " + command.municipality() + " is registered");
        }
        Checks.text(command.title(), "The title");
        Checks.present(command.openedAt(), "The instant");
        Set<CaseFileParty> listed = new LinkedHashSet<>();
        listed.add(new CaseFileParty(CaseFileParty.Kind.MUNICIPALITY, command.municipality().value()));
        for (CaseFileParty party : command.parties() == null ? List.<CaseFileParty>of() : command.parties()) {
            listed.add(checked(party));
        }
        apply(new CaseFileOpenedEvent(command.caseFileId(), command.municipality(), command.title(),
                Checks.blankToNull(command.subject()), new ArrayList<>(listed), command.openedAt()));
    }

    @CommandHandler
    void handle(AddDocumentToCaseFileCommand command, Actor actor, Documents all) {
        requireOpen(actor);
        Checks.text(command.documentId(), "The document");
        Checks.present(command.addedAt(), "The instant");
        DocumentSnapshot document = all.find(command.documentId()).orElseThrow(() -> refused(
                ErrorCode.UNKNOWN_DOCUMENT, "No document " + command.documentId()));
        if (!document.municipality().equals(municipality)) {
            throw refused(ErrorCode.CASE_FILE_MUNICIPALITY_MISMATCH, "The document belongs to "
                    + document.municipality() + ", the case file to " + municipality);
        }
        if (documents.contains(command.documentId())) {
            throw refused(ErrorCode.DOCUMENT_ALREADY_IN_CASE_FILE, "Document " + command.documentId()
                    + " is in this case file already");
        }
        apply(new CaseFileDocumentAddedEvent(caseFileId, entries + 1, command.documentId(), command.addedAt()));
    }

    @CommandHandler
    void handle(RecordCaseFileActionCommand command, Actor actor) {
        requireOpen(actor);
        Checks.text(command.action(), "The action");
        Checks.present(command.recordedAt(), "The instant");
        apply(new CaseFileActionRecordedEvent(caseFileId, entries + 1, command.action(),
                Checks.blankToNull(command.description()), command.recordedAt()));
    }

    @CommandHandler
    void handle(AddCaseFilePartyCommand command, Actor actor) {
        requireOpen(actor);
        CaseFileParty party = checked(command.party());
        Checks.present(command.addedAt(), "The instant");
        if (parties.contains(party)) {
            throw refused(ErrorCode.VALIDATION_FAILED, "That party is listed already");
        }
        apply(new CaseFilePartyAddedEvent(caseFileId, entries + 1, party, command.addedAt()));
    }

    @CommandHandler
    void handle(CloseCaseFileCommand command, Actor actor) {
        requireOpen(actor);
        Checks.text(command.reason(), "The reason");
        Checks.present(command.closedAt(), "The instant");
        apply(new CaseFileClosedEvent(caseFileId, entries + 1, command.reason(), command.closedAt()));
    }

    private static CaseFileParty checked(CaseFileParty party) {
        Checks.present(party, "A party");
        Checks.present(party.kind(), "A party's kind");
        Checks.text(party.id(), "A party's id");
        if (party.kind() == CaseFileParty.Kind.MUNICIPALITY && !CommuneCode.isValid(party.id())) {
            throw refused(ErrorCode.VALIDATION_FAILED, "A municipality party is a 5-digit CUT code");
        }
        return party;
    }

    private void requireOpen(Actor actor) {
        actor.requireMayActFor(municipality);
        if (closed) {
            throw refused(ErrorCode.CASE_FILE_CLOSED, "Case file " + caseFileId + " is closed");
        }
    }

    @EventSourcingHandler
    void on(CaseFileOpenedEvent event) {
        this.caseFileId = event.caseFileId();
        this.municipality = event.municipality();
        this.parties.addAll(event.parties());
    }

    @EventSourcingHandler
    void on(CaseFileDocumentAddedEvent event) {
        this.entries = event.entry();
        this.documents.add(event.documentId());
    }

    @EventSourcingHandler
    void on(CaseFileActionRecordedEvent event) {
        this.entries = event.entry();
    }

    @EventSourcingHandler
    void on(CaseFilePartyAddedEvent event) {
        this.entries = event.entry();
        this.parties.add(event.party());
    }

    @EventSourcingHandler
    void on(CaseFileClosedEvent event) {
        this.entries = event.entry();
        this.closed = true;
    }
}
