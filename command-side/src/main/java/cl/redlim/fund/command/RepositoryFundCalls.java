package cl.redlim.fund.command;

import cl.redlim.fund.api.AllocateFundCallBudgetCommand;
import cl.redlim.platform.axon.CurrentState;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class RepositoryFundCalls implements FundCalls {

    private final Repository<FundCall> calls;
    private final CurrentState<FundCall, FundCallSnapshot> current;

    RepositoryFundCalls(@Qualifier("fundCallRepository") Repository<FundCall> calls,
                        ObjectProvider<Configuration> axon) {
        this.calls = calls;
        this.current = new CurrentState<>(axon::getObject, FundCall.class, FundCall::new, FundCall::snapshot, 1_000);
    }

    /** Read without the call's lock: every draft and submission to a call reads it, none changes it. */
    @Override
    public Optional<FundCallSnapshot> find(String callId) {
        return current.find(callId);
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
