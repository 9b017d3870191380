package cl.redlim.fund.command;

import cl.redlim.fund.api.AllocateFundCallBudgetCommand;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class RepositoryFundCalls implements FundCalls {

    private final Repository<FundCall> calls;

    RepositoryFundCalls(@Qualifier("fundCallRepository") Repository<FundCall> calls) {
        this.calls = calls;
    }

    @Override
    public Optional<FundCallSnapshot> find(String callId) {
        try {
            return Optional.of(calls.load(callId).invoke(FundCall::snapshot));
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            return Optional.empty();
        }
    }

    @Override
    public void allocate(AllocateFundCallBudgetCommand command) {
        try {
            calls.load(command.callId()).handle(GenericCommandMessage.asCommandMessage(command));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
