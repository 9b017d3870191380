package cl.redlim.readmodel.rebuild;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.readmodel.rebuild.ReadModelGroups.Group;
import cl.redlim.readmodel.rebuild.RebuildViews.ReadModelView;
import cl.redlim.readmodel.rebuild.RebuildViews.RebuildView;
import cl.redlim.readmodel.rebuild.RebuildViews.SegmentView;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Starts rebuilds, one at a time, and keeps the last ones to be followed. A rebuild runs on a thread of its own in
 * this instance: the live processors it pauses must be running here (see docs/operations/rebuild.md).
 */
@Component
@EnableConfigurationProperties(RebuildSettings.class)
public class ReadModelRebuilds implements DisposableBean {

    private static final int KEPT = 20;

    private final ReadModelGroups groups;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final MongoDatabase database;
    private final Clock clock;
    private final Map<String, RebuildRun> runs = new LinkedHashMap<>();
    private RebuildRun current;
    private Thread thread;

    ReadModelRebuilds(ReadModelGroups groups, EventStore eventStore, TokenStore tokenStore,
                      MongoDatabase readModelDatabase, Clock clock) {
        this.groups = groups;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.database = readModelDatabase;
        this.clock = clock;
    }

    /** Every processing group of projections, rebuildable or not, with its live position. */
    public List<ReadModelView> readModels() {
        List<ReadModelView> views = new ArrayList<>();
        for (Group g : groups.all().values()) {
            TrackingEventProcessor live = g.processor();
            List<SegmentView> segments = live.processingStatus().values().stream()
                    .map(s -> new SegmentView(s.getSegment().getSegmentId(),
                            s.getCurrentPosition().isPresent() ? s.getCurrentPosition().getAsLong() : null,
                            s.isCaughtUp(), s.isErrorState()))
                    .sorted((a, b) -> Integer.compare(a.segment(), b.segment())).toList();
            String status = live.isError() ? "ERROR" : live.isRunning() ? "RUNNING" : "STOPPED";
            synchronized (this) {
                if (current != null && !current.finished() && current.view().groups().contains(g.name())) {
                    status = "REBUILDING";
                }
            }
            views.add(new ReadModelView(g.name(), g.rebuildable(), g.refusal(), List.copyOf(g.collections()),
                    g.handlerTypes().stream().map(Class::getName).toList(), status, segments));
        }
        return views;
    }

    /**
     * Starts a rebuild of the groups named (every rebuildable group when none is), or refuses: another rebuild is
     * running, or a group is unknown or not rebuildable.
     */
    public synchronized RebuildView start(List<String> names, RebuildMode mode, boolean compare) {
        if (current != null && !current.finished()) {
            throw new DomainException(ErrorCode.REBUILD_ALREADY_RUNNING,
                    "Rebuild " + current.id() + " is running; follow it at /api/v1/admin/read-model-rebuilds/"
                            + current.id());
        }
        Map<String, Group> all = groups.all();
        Set<String> chosen = new LinkedHashSet<>();
        if (names == null || names.isEmpty()) {
            all.values().stream().filter(Group::rebuildable).forEach(g -> chosen.add(g.name()));
        } else {
            for (String name : names) {
                Group g = all.get(name);
                if (g == null) {
                    throw new DomainException(ErrorCode.UNKNOWN_READ_MODEL, "No read-model processing group '"
                            + name + "'; GET /api/v1/admin/read-models lists them");
                }
                if (!g.rebuildable()) {
                    throw new DomainException(ErrorCode.READ_MODEL_NOT_REBUILDABLE,
                            "Group '" + name + "' cannot be rebuilt: " + g.refusal());
                }
                chosen.add(name);
            }
        }
        if (chosen.isEmpty()) {
            throw new DomainException(ErrorCode.READ_MODEL_NOT_REBUILDABLE, "No group can be rebuilt here");
        }
        RebuildSettings settings = groups.settings();
        String id = UUID.randomUUID().toString();
        // a shadow name is never used twice: mongo-java-server keeps a renamed collection's storage under its old name
        String prefix = settings.shadowPrefix() + id.substring(0, 8) + ".";
        List<ShadowGroup> shadows = new ArrayList<>();
        for (String name : chosen) {
            shadows.add(new ShadowGroup(all.get(name), database, groups.factory(), groups.axon(), prefix,
                    Set.copyOf(settings.foreignReadsOf(name))));
        }
        RebuildRun run = new RebuildRun(id, mode == null ? RebuildMode.COMPARE : mode, compare, shadows, eventStore,
                tokenStore, database, settings, clock);
        runs.put(run.id(), run);
        while (runs.size() > KEPT) {
            runs.remove(runs.keySet().iterator().next());
        }
        current = run;
        thread = new Thread(run, "read-model-rebuild");
        thread.setDaemon(true);
        thread.start();
        return run.view();
    }

    public synchronized RebuildView find(String id) {
        RebuildRun run = runs.get(id);
        if (run == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No rebuild " + id + " on this instance");
        }
        return run.view();
    }

    @Override
    public void destroy() {
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null && running.isAlive()) {
            running.interrupt();
        }
    }
}
