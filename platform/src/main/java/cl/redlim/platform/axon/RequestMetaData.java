package cl.redlim.platform.axon;

import cl.redlim.platform.security.ActorAuthentication;
import cl.redlim.platform.security.CorrelationIdFilter;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps each command sent while serving an HTTP request with who sent it and the request's correlation id.
 * Commands sent outside a request (bootstrap, demo data) carry neither and act as the system.
 * Registered by hand, not exposed as an interceptor bean: Axon's auto-configuration would register such a bean a
 * second time.
 */
@Configuration(proxyBeanMethods = false)
public class RequestMetaData {

    @Autowired
    void register(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor((MessageDispatchInterceptor<CommandMessage<?>>) this::handle);
    }

    private BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> meta = new HashMap<>();
            if (SecurityContextHolder.getContext().getAuthentication() instanceof ActorAuthentication a) {
                meta.putAll(a.getPrincipal().toMetaData());
            }
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            Object correlation = request == null ? null
                    : request.getAttribute(CorrelationIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            if (correlation != null) {
                meta.put(MetaDataKeys.CORRELATION_ID, correlation.toString());
            }
            // what the sender put there explicitly wins
            meta.putAll(command.getMetaData());
            return command.withMetaData(meta);
        };
    }
}
