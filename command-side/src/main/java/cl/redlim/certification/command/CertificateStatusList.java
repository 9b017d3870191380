package cl.redlim.certification.command;

import cl.redlim.certification.api.AllocateStatusListIndexCommand;
import cl.redlim.certification.api.StatusListEntry;
import cl.redlim.certification.api.StatusListId;
import cl.redlim.certification.api.StatusListIndexAllocatedEvent;
import cl.redlim.kernel.Checks;
import cl.redlim.kernel.ErrorCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

import static cl.redlim.kernel.Checks.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One Bitstring Status List of certificates: it owns the indexes, so that each credential gets its own and none is
 * handed out twice. The entry is chosen by a {@link StatusListIndexChooser} (at random in production, for privacy)
 * and recorded in the event: the events are the one source of truth for who holds which entry, and the published
 * revocation list can be rebuilt from them. A certificate takes its index in its own unit of work (see
 * {@link RepositoryStatusLists}), like a document takes its number: both events are stored or neither, and racing
 * certifications serialise on this aggregate.
 */
@Aggregate
class CertificateStatusList {

    @AggregateIdentifier
    private String statusListId;
    private final BitSet taken = new BitSet();
    private final Set<String> credentials = new HashSet<>();

    protected CertificateStatusList() {
    }

    CertificateStatusList(String statusListId) {
        this.statusListId = statusListId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    StatusListEntry handle(AllocateStatusListIndexCommand command, StatusListIndexChooser chooser) {
        Checks.text(command.credentialId(), "The credential");
        Checks.text(command.certificationId(), "The certification");
        Checks.present(command.allocatedAt(), "The instant");
        if (credentials.contains(command.credentialId())) {
            throw refused(ErrorCode.VALIDATION_FAILED, "Credential " + command.credentialId() + " has an index "
                    + "already");
        }
        if (taken.cardinality() >= StatusListId.CAPACITY) {
            throw refused(ErrorCode.STATUS_LIST_FULL, "Status list " + command.statusListId() + " is full");
        }
        long index = chooser.choose(taken, StatusListId.CAPACITY);
        if (index < 0 || index >= StatusListId.CAPACITY || taken.get((int) index)) {
            throw new IllegalStateException("entry " + index + " of " + command.statusListId() + " is not free");
        }
        apply(new StatusListIndexAllocatedEvent(command.statusListId(), index, command.certificationId(),
                command.credentialId(), command.allocatedAt()));
        return new StatusListEntry(command.statusListId(), index);
    }

    @EventSourcingHandler
    void on(StatusListIndexAllocatedEvent event) {
        this.statusListId = event.statusListId();
        this.taken.set((int) event.index());
        this.credentials.add(event.credentialId());
    }
}
