package cl.redlim.readmodel.rebuild;

import cl.redlim.readmodel.rebuild.ReadModelGroups.Group;
import cl.redlim.readmodel.rebuild.ReadModelGroups.Invoker;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.LoggingErrorHandler;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One group being rebuilt: fresh instances of its handler classes writing to shadow collections, invoked as the live
 * processor invokes its own (same parameter resolvers, handler definitions, sequencing policy and error handler).
 * It knows whether the live processor has processed an event yet, from the live tokens per segment, and later from
 * the final tokens read once the live processor is stopped.
 */
final class ShadowGroup {

    private final Group group;
    private final List<Part> parts = new ArrayList<>();
    private final Set<String> opened = Collections.newSetFromMap(new ConcurrentHashMap<>());
    private final String prefix;
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile Map<Segment, TrackingToken> finalTokens;

    /** The handlers of one of the processor's invokers, with its sequencing policy and error handler. */
    private record Part(List<AnnotationEventHandlerAdapter> handlers,
                        SequencingPolicy<? super EventMessage<?>> policy, ListenerInvocationErrorHandler errors) {
    }

    ShadowGroup(Group group, MongoDatabase live, ProjectionFactory factory, Configuration axon, String prefix,
                Set<String> foreignReads) {
        this.group = group;
        this.prefix = prefix;
        Set<String> foreign = Set.copyOf(foreignReads);
        MongoDatabase shadow = ShadowDatabase.mapping(live, name -> {
            if (!group.collections().contains(name) && !foreign.contains(name)) {
                // opened outside its constructor: still this group's own, as nothing else declared it
                opened.add(name);
            }
            return group.collections().contains(name) || opened.contains(name) ? prefix + name : name;
        });
        for (Invoker invoker : group.invokers()) {
            List<AnnotationEventHandlerAdapter> adapters = new ArrayList<>();
            for (Class<?> type : invoker.handlerTypes()) {
                Object instance = factory.create(type, shadow);
                adapters.add(new AnnotationEventHandlerAdapter(instance, axon.parameterResolverFactory(),
                        axon.handlerDefinition(type)));
            }
            // live parks a failing event in its dead-letter queue (its invoker propagates the error to the queue);
            // the shadow has no queue of its own: it logs and counts the failure, and a comparison shows its effect
            ListenerInvocationErrorHandler errors = invoker.live() instanceof DeadLetteringEventHandlerInvoker
                    ? new LoggingErrorHandler() : invoker.live().getListenerInvocationErrorHandler();
            parts.add(new Part(adapters, invoker.live().getSequencingPolicy(), errors));
        }
    }

    String name() {
        return group.name();
    }

    Group group() {
        return group;
    }

    /** The live collections this rebuild replaces or compares: the declared ones and any opened later. */
    Set<String> collections() {
        Set<String> all = new TreeSet<>(group.collections());
        all.addAll(opened);
        return all;
    }

    String shadowOf(String collection) {
        return prefix + collection;
    }

    long handled() {
        return handled.get();
    }

    long errors() {
        return errors.get();
    }

    /** Whether the live processor has processed this event already, from its current tokens. */
    Coverage liveCoverage(TrackedEventMessage<?> event) {
        if (!group.processor().isRunning()) {
            return Coverage.STOPPED;
        }
        Map<Integer, EventTrackerStatus> status = group.processor().processingStatus();
        for (Part part : parts) {
            if (!handlesAny(part, event)) {
                continue;
            }
            int key = segmentKey(part, event);
            boolean found = false;
            for (EventTrackerStatus s : status.values()) {
                if (s.getSegment().matches(key)) {
                    found = true;
                    TrackingToken token = s.getTrackingToken();
                    if (token == null || !token.covers(event.trackingToken())) {
                        return Coverage.NOT_YET;
                    }
                }
            }
            if (!found) {
                return Coverage.NOT_YET;
            }
        }
        return Coverage.COVERED;
    }

    /** What the live processor's tokens say about an event. */
    enum Coverage {
        /** The live processor processed it (or it is not for this group). */
        COVERED,
        /** Not yet: the rebuild has reached the live processor. */
        NOT_YET,
        /** The live processor is not running here. */
        STOPPED
    }

    void finalTokens(Map<Segment, TrackingToken> tokens) {
        this.finalTokens = Map.copyOf(tokens);
    }

    /** Whether the stopped live processor had processed this event, from its final tokens. */
    boolean finallyCovers(TrackedEventMessage<?> event) {
        for (Part part : parts) {
            if (!handlesAny(part, event)) {
                continue;
            }
            int key = segmentKey(part, event);
            for (var entry : finalTokens.entrySet()) {
                if (entry.getKey().matches(key)) {
                    return entry.getValue() != null && entry.getValue().covers(event.trackingToken());
                }
            }
            return false;
        }
        return true;
    }

    /** The highest position the final tokens reach; -1 when the live processor had processed nothing. */
    long finalPosition() {
        return finalTokens.values().stream().filter(Objects::nonNull)
                .mapToLong(t -> t.position().orElse(-1)).max().orElse(-1);
    }

    Map<Segment, TrackingToken> finalTokens() {
        return finalTokens;
    }

    /** Hands the event to the shadow handlers that handle it, in the live invoker's order. */
    void handle(EventMessage<?> event) throws Exception {
        boolean any = false;
        for (Part part : parts) {
            for (AnnotationEventHandlerAdapter handler : part.handlers()) {
                if (!handler.canHandle(event)) {
                    continue;
                }
                any = true;
                try {
                    ResultMessage<?> result = DefaultUnitOfWork.startAndGet(event)
                            .executeWithResult(() -> handler.handle(event));
                    if (result.isExceptional()) {
                        Throwable failure = result.exceptionResult();
                        throw failure instanceof Exception e ? e : new IllegalStateException(failure);
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    part.errors().onError(e, event, handler);
                }
            }
        }
        if (any) {
            handled.incrementAndGet();
        }
    }

    private static boolean handlesAny(Part part, EventMessage<?> event) {
        for (AnnotationEventHandlerAdapter handler : part.handlers()) {
            if (handler.canHandle(event)) {
                return true;
            }
        }
        return false;
    }

    /** As Axon's SimpleEventHandlerInvoker places an event in a segment. */
    private static int segmentKey(Part part, EventMessage<?> event) {
        Object id = part.policy().getSequenceIdentifierFor(event);
        return Objects.hashCode(id == null ? event.getIdentifier() : id);
    }
}
