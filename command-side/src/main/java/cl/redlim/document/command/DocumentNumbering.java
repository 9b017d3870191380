package cl.redlim.document.command;

import cl.redlim.document.api.AllocateDocumentNumberCommand;
import cl.redlim.document.api.DocumentNumberAllocatedEvent;
import cl.redlim.kernel.Checks;
import cl.redlim.kernel.ErrorCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static cl.redlim.kernel.Checks.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The numbering of one municipality's documents in one year: it owns the set of numbers, so that numbers go 1, 2,
 * 3, … with no gap and no duplicate. A document takes its number in its own unit of work (see
 * {@link RepositoryDocumentNumbers}): either both events are stored or neither, and racing numberings serialise on
 * this aggregate (its lock in one JVM, its sequence numbers across JVMs).
 */
@Aggregate
class DocumentNumbering {

    @AggregateIdentifier
    private String numberingId;
    private long last;
    private final Set<String> numbered = new HashSet<>();

    protected DocumentNumbering() {
    }

    DocumentNumbering(String numberingId) {
        this.numberingId = numberingId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(AllocateDocumentNumberCommand command) {
        Checks.text(command.documentId(), "The document");
        Checks.present(command.allocatedAt(), "The instant");
        if (numbered.contains(command.documentId() + "#" + command.version())) {
            throw refused(ErrorCode.DOCUMENT_ALREADY_NUMBERED, "Version " + command.version() + " of document "
                    + command.documentId() + " has a number of " + command.year() + " already");
        }
        long number = last + 1;
        apply(new DocumentNumberAllocatedEvent(command.numberingId(), command.municipality(), command.year(), number,
                command.documentId(), command.version(), command.allocatedAt()));
        return number;
    }

    @EventSourcingHandler
    void on(DocumentNumberAllocatedEvent event) {
        this.numberingId = event.numberingId();
        this.last = event.number();
        this.numbered.add(event.documentId() + "#" + event.version());
    }
}
