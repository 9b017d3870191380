package cl.redlim.platform.axon;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.kernel.ErrorDetail;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Turns a refusal into a {@link CommandExecutionException} whose details carry the {@link ErrorDetail}. Exceptions
 * do not cross Axon Server with their type, the details do, so the HTTP edge answers with the same code whether the
 * handler ran in this JVM or another.
 * Registered by hand, not exposed as an interceptor bean: Axon's auto-configuration would register such a bean a
 * second time.
 */
@Configuration(proxyBeanMethods = false)
public class CommandErrorTranslation {

    @Autowired
    void register(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor((MessageHandlerInterceptor<CommandMessage<?>>) this::handle);
    }

    private Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (DomainException e) {
            throw new CommandExecutionException(e.getMessage(), e, e.toDetail());
        } catch (ConflictingAggregateVersionException e) {
            throw new CommandExecutionException(e.getMessage(), e, new ErrorDetail(ErrorCode.PRECONDITION_FAILED,
                    "The resource is at version " + e.getActualVersion() + ", not " + e.getExpectedVersion()));
        } catch (IncompatibleAggregateException e) {
            // an id of another kind of aggregate: for this kind, there is no such resource
            throw new CommandExecutionException(e.getMessage(), e, new ErrorDetail(ErrorCode.NOT_FOUND, "No such resource"));
        } catch (AggregateNotFoundException e) {
            throw new CommandExecutionException(e.getMessage(), e,
                    new ErrorDetail(ErrorCode.NOT_FOUND, "No such resource: " + e.getAggregateIdentifier()));
        }
    }
}
