package cl.redlim.platform.axon;

import cl.redlim.access.api.RecordIdempotentRequestCommand;
import cl.redlim.platform.IdempotencyLedger;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Around every command: learns the version its target aggregate reached (for {@code ETag}) and, when the command
 * came with an {@code Idempotency-Key}, records the response in the same unit of work, so the command's events and
 * the memory of its response are stored together or not at all.
 * Registered by hand, not exposed as an interceptor bean: Axon's auto-configuration would register such a bean a
 * second time.
 */
@Configuration(proxyBeanMethods = false)
public class CommandOutcomes {

    private static final String VERSIONS = CommandOutcomes.class.getName() + ".versions";

    private final AnnotationCommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();
    private EventStore eventStore;
    private ObjectProvider<IdempotencyLedger> ledger;

    @Autowired
    void register(CommandBus commandBus, EventStore eventStore, ObjectProvider<IdempotencyLedger> ledger) {
        this.eventStore = eventStore;
        this.ledger = ledger;
        commandBus.registerHandlerInterceptor((MessageHandlerInterceptor<CommandMessage<?>>) this::handle);
        eventStore.registerDispatchInterceptor(this::trackVersions);
    }

    private BiFunction<Integer, EventMessage<?>, EventMessage<?>> trackVersions(List<? extends EventMessage<?>> events) {
        if (CurrentUnitOfWork.isStarted()) {
            Map<String, Long> versions = CurrentUnitOfWork.get().root().getOrComputeResource(VERSIONS, k -> new HashMap<>());
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> d) {
                    versions.merge(d.getAggregateIdentifier(), d.getSequenceNumber(), Math::max);
                }
            }
        }
        return (i, e) -> e;
    }

    private Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object result = chain.proceed();
        String target = targetOf(command);
        if (target == null) {
            return result;
        }
        Map<String, Long> versions = unitOfWork.root().getOrComputeResource(VERSIONS, k -> new HashMap<>());
        Long version = Optional.ofNullable(versions.get(target))
                .or(() -> eventStore.lastSequenceNumberFor(target)).orElse(null);
        MetaData meta = command.getMetaData();
        Object keyHash = meta.get(MetaDataKeys.IDEMPOTENCY_KEY_HASH);
        IdempotencyLedger idempotency = ledger.getIfAvailable();
        if (keyHash != null && idempotency != null) {
            idempotency.record(new RecordIdempotentRequestCommand(keyHash.toString(),
                    String.valueOf(meta.get(cl.redlim.access.api.Actor.PRINCIPAL)),
                    String.valueOf(meta.get(MetaDataKeys.IDEMPOTENCY_FINGERPRINT)),
                    Integer.parseInt(String.valueOf(meta.get(MetaDataKeys.RESPONSE_STATUS))),
                    (String) meta.get(MetaDataKeys.RESPONSE_LOCATION),
                    version == null ? null : "\"" + version + "\"",
                    (String) meta.get(MetaDataKeys.RESPONSE_BODY), Instant.now(),
                    Instant.parse(String.valueOf(meta.get(MetaDataKeys.IDEMPOTENCY_EXPIRES_AT)))));
        }
        return new CommandOutcome(target, version);
    }

    private String targetOf(CommandMessage<?> command) {
        try {
            return targets.resolveTarget(command).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return null;
        }
    }
}
