package cl.redlim.certification.command;

import cl.redlim.certification.api.AllocateStatusListIndexCommand;
import cl.redlim.certification.api.StatusListEntry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Has the status-list aggregate allocate the index in the caller's unit of work (ADR 0003's pattern, as the
 * document numbering): loaded, or created on the first certificate, under its lock.
 */
@Component
class RepositoryStatusLists implements StatusLists {

    private final Repository<CertificateStatusList> lists;

    RepositoryStatusLists(@Qualifier("certificateStatusListRepository") Repository<CertificateStatusList> lists) {
        this.lists = lists;
    }

    @Override
    public StatusListEntry allocate(AllocateStatusListIndexCommand command) {
        try {
            return (StatusListEntry) lists.loadOrCreate(command.statusListId(),
                            () -> new CertificateStatusList(command.statusListId()))
                    .handle(GenericCommandMessage.asCommandMessage(command));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
