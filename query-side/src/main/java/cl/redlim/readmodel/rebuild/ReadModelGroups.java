package cl.redlim.readmodel.rebuild;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which processing groups are read models that can be rebuilt, and which collections each owns. A group is
 * rebuildable when it runs in a tracking processor here, every handler of it is an annotated class in a query-side
 * package, it is not excluded, and it shares no collection with another group. Its collections are learnt by
 * constructing its handler classes against a database that only notes the names they open.
 */
@Component
public class ReadModelGroups {

    private final ObjectProvider<Configuration> axon;
    private final RebuildSettings settings;
    private final ProjectionFactory factory;
    private volatile Map<String, Group> groups;

    ReadModelGroups(ObjectProvider<Configuration> axon, RebuildSettings settings, AutowireCapableBeanFactory beans) {
        this.axon = axon;
        this.settings = settings;
        this.factory = new ProjectionFactory(beans);
    }

    /**
     * One processing group (one tracking processor). {@code invokers} are the processor's handler invokers, one per
     * group assigned to it, with the annotated classes of each; {@code refusal} says why it cannot be rebuilt.
     */
    record Group(String name, TrackingEventProcessor processor, List<Invoker> invokers, Set<String> collections,
                 String refusal) {
        boolean rebuildable() {
            return refusal == null;
        }

        List<Class<?>> handlerTypes() {
            return invokers.stream().flatMap(i -> i.handlerTypes().stream()).toList();
        }
    }

    /** One handler invoker of a processor: its handler classes, in the order the live invoker calls them. */
    record Invoker(SimpleEventHandlerInvoker live, List<Class<?>> handlerTypes) {
    }

    /** Every tracking processor with projection handlers, by name; rebuildable or with the reason why not. */
    public Map<String, Group> all() {
        Map<String, Group> known = groups;
        if (known == null) {
            known = discover();
            groups = known;
        }
        return known;
    }

    Configuration axon() {
        return axon.getObject();
    }

    ProjectionFactory factory() {
        return factory;
    }

    RebuildSettings settings() {
        return settings;
    }

    private synchronized Map<String, Group> discover() {
        Pattern queryPackage = Pattern.compile(settings.handlerPackage());
        Map<String, EventProcessor> processors = new TreeMap<>(axon().eventProcessingConfiguration().eventProcessors());
        Map<String, Group> found = new LinkedHashMap<>();
        Map<String, Set<String>> openedBy = new TreeMap<>();
        for (var entry : processors.entrySet()) {
            String name = entry.getKey();
            if (!(entry.getValue() instanceof TrackingEventProcessor processor)) {
                continue;
            }
            List<Invoker> invokers = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            collectInvokers(processor.eventHandlerInvoker(), invokers, problems);
            List<Class<?>> types = invokers.stream().flatMap(i -> i.handlerTypes().stream()).toList();
            boolean projections = !types.isEmpty() && types.stream()
                    .allMatch(t -> t.getPackageName() != null && queryPackage.matcher(t.getPackageName()).matches());
            if (!projections && !settings.excludedGroups().contains(name)) {
                continue; // a command-side policy, or no handler at all: not a read model
            }
            Set<String> collections = new TreeSet<>();
            if (settings.excludedGroups().contains(name)) {
                problems.add("excluded by redlim.rebuild.excluded-groups");
            } else {
                for (Class<?> type : types) {
                    String refusal = ProjectionFactory.refusal(type);
                    if (refusal != null) {
                        problems.add(refusal);
                        continue;
                    }
                    Set<String> opened = new LinkedHashSet<>();
                    try {
                        factory.create(type, ShadowDatabase.recording(opened));
                    } catch (RuntimeException e) {
                        problems.add(e.getMessage());
                    }
                    opened.removeAll(settings.foreignReadsOf(name));
                    collections.addAll(opened);
                }
                if (collections.isEmpty() && problems.isEmpty()) {
                    problems.add("its handlers open no collection of the read-model database");
                }
                collections.forEach(c -> openedBy.computeIfAbsent(c, k -> new TreeSet<>()).add(name));
            }
            found.put(name, new Group(name, processor, List.copyOf(invokers), Set.copyOf(collections),
                    problems.isEmpty() ? null : String.join("; ", problems)));
        }
        // a collection written by two groups cannot be swapped for one of them alone
        openedBy.forEach((collection, names) -> {
            if (names.size() > 1) {
                for (String name : names) {
                    Group g = found.get(name);
                    String why = "collection " + collection + " is opened by groups " + names
                            + "; declare the readers in redlim.rebuild.foreign-reads";
                    found.put(name, new Group(g.name(), g.processor(), g.invokers(), g.collections(),
                            g.refusal() == null ? why : g.refusal() + "; " + why));
                }
            }
        });
        return found;
    }

    private static void collectInvokers(EventHandlerInvoker invoker, List<Invoker> into, Collection<String> problems) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            multi.delegates().forEach(d -> collectInvokers(d, into, problems));
        } else if (invoker instanceof SimpleEventHandlerInvoker simple) {
            List<Class<?>> types = new ArrayList<>();
            for (EventMessageHandler handler : simple.eventHandlers()) {
                if (handler instanceof AnnotationEventHandlerAdapter adapter) {
                    types.add(adapter.getTargetType());
                } else {
                    problems.add("handler " + handler + " is not an annotated class");
                }
            }
            into.add(new Invoker(simple, List.copyOf(types)));
        } else if (invoker != null) {
            problems.add("unsupported handler invoker " + invoker.getClass().getName());
        }
    }
}
