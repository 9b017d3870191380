package cl.redlim.document.command;

import cl.redlim.document.api.AllocateDocumentNumberCommand;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Has the numbering aggregate of the municipality and year handle the allocation in the caller's unit of work
 * (ADR 0003's pattern): loaded, or created on the year's first number, under its lock.
 */
@Component
class RepositoryDocumentNumbers implements DocumentNumbers {

    private final Repository<DocumentNumbering> numberings;

    RepositoryDocumentNumbers(@Qualifier("documentNumberingRepository") Repository<DocumentNumbering> numberings) {
        this.numberings = numberings;
    }

    @Override
    public long allocate(AllocateDocumentNumberCommand command) {
        try {
            Object number = numberings.loadOrCreate(command.numberingId(),
                            () -> new DocumentNumbering(command.numberingId()))
                    .handle(GenericCommandMessage.asCommandMessage(command));
            return (Long) number;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
