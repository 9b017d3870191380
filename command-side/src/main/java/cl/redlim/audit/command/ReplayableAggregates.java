package cl.redlim.audit.command;

import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.MultiHandlerDefinition;
import org.axonframework.messaging.annotation.MultiHandlerEnhancerDefinition;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregate types the running Axon configuration knows, by the type name their events carry. Each model is
 * inspected once, with the configuration's parameter resolvers and handler definitions (RedLIM's {@code Actor}
 * resolver and Spring beans among them), exactly as the repositories inspect them.
 */
public class ReplayableAggregates {

    private final Configuration configuration;
    private volatile Map<String, Replayable<?>> byType;

    public ReplayableAggregates(Configuration configuration) {
        this.configuration = configuration;
    }

    /** The aggregate type stored with events as {@code type} (the simple class name unless the class says otherwise). */
    public Optional<Replayable<?>> forType(String type) {
        return Optional.ofNullable(models().get(type));
    }

    private Map<String, Replayable<?>> models() {
        Map<String, Replayable<?>> known = byType;
        if (known == null) {
            synchronized (this) {
                known = byType;
                if (known == null) {
                    known = new HashMap<>();
                    for (AggregateConfiguration<?> aggregate : configuration.findModules(AggregateConfiguration.class)) {
                        Replayable<?> replayable = inspect(aggregate.aggregateType());
                        known.put(replayable.model().type(), replayable);
                    }
                    byType = Map.copyOf(known);
                }
            }
        }
        return known;
    }

    private <T> Replayable<T> inspect(Class<T> type) {
        AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type,
                configuration.parameterResolverFactory(), withoutTimeouts(configuration.handlerDefinition(type)));
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return new Replayable<>(type, model, constructor);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Aggregate " + type.getName() + " has no no-arg constructor", e);
        }
    }

    /**
     * The handler definition the repositories use, without Axon's handler timeouts: they guard live handling, where a
     * handler that hangs must be noticed, but they monitor each invocation (a task scheduled and cancelled per event),
     * which made a replay of 10,000 events take five times as long. A replay only assigns fields.
     */
    static HandlerDefinition withoutTimeouts(HandlerDefinition definition) {
        if (definition instanceof MultiHandlerDefinition multi) {
            List<HandlerDefinition> delegates = multi.getDelegates().stream()
                    .map(ReplayableAggregates::withoutTimeouts).toList();
            return MultiHandlerDefinition.ordered(delegates, withoutTimeouts(multi.getHandlerEnhancerDefinition()));
        }
        return definition;
    }

    private static HandlerEnhancerDefinition withoutTimeouts(HandlerEnhancerDefinition enhancer) {
        if (enhancer instanceof HandlerTimeoutHandlerEnhancerDefinition) {
            return NO_ENHANCEMENT;
        }
        if (enhancer instanceof MultiHandlerEnhancerDefinition multi) {
            return MultiHandlerEnhancerDefinition.ordered(multi.getDelegates().stream()
                    .map(ReplayableAggregates::withoutTimeouts).toList());
        }
        return enhancer;
    }

    private static final HandlerEnhancerDefinition NO_ENHANCEMENT = new HandlerEnhancerDefinition() {
        @Override
        public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
            return original;
        }
    };

    /** One aggregate type: its model (the event-sourcing handlers) and how to make an empty root. */
    public record Replayable<T>(Class<T> rootType, AggregateModel<T> model, Constructor<T> constructor) {

        T newRoot() {
            try {
                return constructor.newInstance();
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot create an empty " + rootType.getName(), e);
            }
        }
    }
}
