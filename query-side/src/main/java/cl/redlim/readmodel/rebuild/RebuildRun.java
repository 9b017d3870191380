package cl.redlim.readmodel.rebuild;

import cl.redlim.readmodel.rebuild.RebuildViews.CollectionView;
import cl.redlim.readmodel.rebuild.RebuildViews.ComparisonView;
import cl.redlim.readmodel.rebuild.RebuildViews.DifferenceView;
import cl.redlim.readmodel.rebuild.RebuildViews.FieldView;
import cl.redlim.readmodel.rebuild.RebuildViews.GroupProgress;
import cl.redlim.readmodel.rebuild.RebuildViews.RebuildView;
import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.RenameCollectionOptions;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One rebuild, blue/green, of one or more groups, read from the event store by a single reader.
 * <ol>
 * <li>RUNNING: each event is handed to every group's shadow handlers once that group's live processor has processed
 * it (its live token covers the event), so the shadow never gets ahead of the live read model.</li>
 * <li>CATCHING_UP: once the shadow has reached a live processor that had caught up with the store, every live
 * processor of the rebuild is shut down and its final tokens read (and claimed, so no other instance takes the
 * segments over); the shadow then handles the events those tokens cover. Both sides are now at the same position.</li>
 * <li>COMPARING (compare mode, or swap with compare): live and shadow, document by document.</li>
 * <li>SWAPPING (swap mode): each shadow collection is renamed over its live one.</li>
 * <li>The live processors start again, from their own tokens, which match the swapped data.</li>
 * </ol>
 * The live processors are paused only from CATCHING_UP to their restart; portals read the live collections all along.
 */
final class RebuildRun implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(RebuildRun.class);
    private static final Duration CLAIM_WAIT = Duration.ofSeconds(30);
    private static final Duration STALL_LIMIT = Duration.ofMinutes(5);
    /** How far behind the head a live processor may be for the rebuild to pause it and finish the catch-up. */
    private static final long CATCH_UP_SLACK = 1_000;

    enum State { RUNNING, CATCHING_UP, COMPARING, SWAPPING, DONE, FAILED }

    private final String id;
    private final RebuildMode mode;
    private final boolean compare;
    private final List<ShadowGroup> groups;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final MongoDatabase database;
    private final int maxDifferences;
    private final RebuildSettings settings;
    private final Clock clock;

    private final Instant startedAt;
    private final long startNanos = System.nanoTime();
    private volatile long endNanos;
    private volatile State state = State.RUNNING;
    private volatile long position;
    private volatile long head;
    private volatile Instant finishedAt;
    private volatile Long pausedMillis;
    private volatile String error;
    private volatile ComparisonView comparison;
    private final Set<TrackingEventProcessor> stoppedByUs = new HashSet<>();
    private final Map<String, int[]> claimed = new HashMap<>();
    private ScheduledExecutorService claimKeeper;

    RebuildRun(String id, RebuildMode mode, boolean compare, List<ShadowGroup> groups, EventStore eventStore,
               TokenStore tokenStore, MongoDatabase database, RebuildSettings settings, Clock clock) {
        this.id = id;
        this.mode = mode;
        this.compare = compare || mode == RebuildMode.COMPARE;
        this.groups = List.copyOf(groups);
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.database = database;
        this.maxDifferences = settings.maxDifferences();
        this.settings = settings;
        this.clock = clock;
        this.startedAt = clock.instant();
        refreshHead();
    }

    String id() {
        return id;
    }

    boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    @Override
    public void run() {
        long pauseStart = 0;
        // the end state is shown once the shadows are dropped and finishedAt is set: a client that sees DONE reads
        // the finish time, and a new rebuild cannot start while this one still cleans up
        State outcome = State.FAILED;
        try {
            dropLeftovers();
            awaitLiveClaims();
            refreshHead();
            try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
                readWhileLiveRuns(stream);
                state = State.CATCHING_UP;
                pauseStart = System.nanoTime();
                stopLive();
                readUpToFinalTokens(stream);
            }
            // the rate is the replay's: comparing and swapping are reported by their own state and the pause
            endNanos = System.nanoTime();
            refreshHead();
            if (compare) {
                state = State.COMPARING;
                comparison = compareAll();
            }
            if (mode == RebuildMode.SWAP) {
                state = State.SWAPPING;
                swap();
            }
            restartLive();
            pausedMillis = (System.nanoTime() - pauseStart) / 1_000_000;
            outcome = State.DONE;
            log.info("Rebuild {} of {} done: {} events, {} ev/s, live paused {} ms{}", id, names(), position,
                    figures().eventsPerSecond(), pausedMillis,
                    comparison == null ? "" : comparison.identical() ? ", identical" : ", DIFFERENT");
        } catch (Throwable e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.error("Rebuild {} of {} failed", id, names(), e);
            try {
                restartLive();
            } catch (RuntimeException again) {
                error += "; and restarting the live processors failed: " + again.getMessage();
                log.error("Rebuild {}: could not restart the live processors", id, again);
            }
            if (pauseStart != 0) {
                pausedMillis = (System.nanoTime() - pauseStart) / 1_000_000;
            }
        } finally {
            try {
                releaseClaims();
                dropShadows();
            } catch (RuntimeException e) {
                log.warn("Rebuild {}: could not release its claims or drop the shadow collections", id, e);
            } finally {
                if (endNanos == 0) {
                    endNanos = System.nanoTime();
                }
                finishedAt = clock.instant();
                state = outcome;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Reading
    // ------------------------------------------------------------------------------------------------------------

    /**
     * RUNNING: follows the live processors, never ahead of them. On reaching a live processor, the rebuild waits
     * while that processor is still far from the head of the store (it is catching up itself), and moves on to the
     * pause once it is within {@link #CATCH_UP_SLACK} events of the head.
     */
    private void readWhileLiveRuns(BlockingStream<TrackedEventMessage<?>> stream) throws Exception {
        long lastHeadRefresh = System.nanoTime();
        long lastLivePosition = -1;
        long stalledSince = 0;
        while (true) {
            if (System.nanoTime() - lastHeadRefresh > 200_000_000L) {
                refreshHead();
                lastHeadRefresh = System.nanoTime();
            }
            if (!stream.hasNextAvailable(300, TimeUnit.MILLISECONDS)) {
                return; // every stored event is read and was covered: caught up
            }
            TrackedEventMessage<?> event = stream.peek().orElseThrow();
            ShadowGroup waitingFor = null;
            for (ShadowGroup group : groups) {
                ShadowGroup.Coverage coverage = group.liveCoverage(event);
                if (coverage == ShadowGroup.Coverage.STOPPED) {
                    return; // nothing to follow: the pause handles the rest
                }
                if (coverage == ShadowGroup.Coverage.NOT_YET) {
                    waitingFor = group;
                    break;
                }
            }
            if (waitingFor != null) {
                Long live = livePosition(waitingFor.group().processor());
                long livePosition = live == null ? -1 : live;
                if (head - livePosition <= CATCH_UP_SLACK) {
                    return; // the rebuild has reached a live processor that follows the head
                }
                if (livePosition != lastLivePosition) {
                    lastLivePosition = livePosition;
                    stalledSince = System.nanoTime();
                } else if (System.nanoTime() - stalledSince > STALL_LIMIT.toNanos()) {
                    throw new IllegalStateException("the live processor " + waitingFor.name()
                            + " made no progress for " + STALL_LIMIT);
                }
                Thread.sleep(20);
                continue;
            }
            stream.nextAvailable();
            for (ShadowGroup group : groups) {
                group.handle(event);
            }
            advance(event);
        }
    }

    /** CATCHING_UP: the live processors are stopped; the shadow handles what their final tokens cover. */
    private void readUpToFinalTokens(BlockingStream<TrackedEventMessage<?>> stream) throws Exception {
        long target = groups.stream().mapToLong(ShadowGroup::finalPosition).max().orElse(-1);
        while (position < target && stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
            TrackedEventMessage<?> event = stream.nextAvailable();
            for (ShadowGroup group : groups) {
                if (group.finallyCovers(event)) {
                    group.handle(event);
                }
            }
            advance(event);
        }
    }

    private void advance(TrackedEventMessage<?> event) {
        TrackingToken token = event.trackingToken();
        if (token != null && token.position().isPresent()) {
            position = token.position().getAsLong();
        } else {
            position++;
        }
    }

    private void refreshHead() {
        TrackingToken token = eventStore.createHeadToken();
        head = token == null ? 0 : token.position().orElse(0);
    }

    // ------------------------------------------------------------------------------------------------------------
    // The live processors
    // ------------------------------------------------------------------------------------------------------------

    /** The live processors must run here with every segment claimed: otherwise their tokens are not visible here. */
    private void awaitLiveClaims() throws InterruptedException {
        long deadline = System.nanoTime() + CLAIM_WAIT.toNanos();
        for (ShadowGroup group : groups) {
            TrackingEventProcessor live = group.group().processor();
            while (!holdsAllSegments(group.name(), live)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the live processor " + group.name() + " does not hold all its "
                            + "segments on this instance (running: " + live.isRunning() + ", segments here: "
                            + live.processingStatus().keySet() + "); run the rebuild where it runs");
                }
                Thread.sleep(100);
            }
        }
    }

    private boolean holdsAllSegments(String name, TrackingEventProcessor live) {
        int[] segments = tokenStore.fetchSegments(name);
        return live.isRunning() && segments.length > 0 && live.processingStatus().size() == segments.length;
    }

    /** Shuts the live processors down, then reads and holds their final tokens. */
    private void stopLive() throws Exception {
        List<CompletableFuture<Void>> stopping = new ArrayList<>();
        for (ShadowGroup group : groups) {
            TrackingEventProcessor live = group.group().processor();
            if (live.isRunning()) {
                synchronized (stoppedByUs) {
                    stoppedByUs.add(live);
                }
                stopping.add(live.shutdownAsync());
            }
        }
        CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        for (ShadowGroup group : groups) {
            int[] ids = tokenStore.fetchSegments(group.name());
            Map<Segment, TrackingToken> tokens = new HashMap<>();
            for (int segment : ids) {
                // fetching claims the segment for this node: no other instance can take it over during the pause
                tokens.put(Segment.computeSegment(segment, ids), tokenStore.fetchToken(group.name(), segment));
            }
            synchronized (claimed) {
                claimed.put(group.name(), ids);
            }
            group.finalTokens(tokens);
        }
        claimKeeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "read-model-rebuild-claims");
            t.setDaemon(true);
            return t;
        });
        claimKeeper.scheduleWithFixedDelay(this::extendClaims, 2, 2, TimeUnit.SECONDS);
    }

    private void extendClaims() {
        synchronized (claimed) {
            claimed.forEach((name, ids) -> {
                for (int segment : ids) {
                    try {
                        tokenStore.extendClaim(name, segment);
                    } catch (RuntimeException e) {
                        log.warn("Rebuild {}: could not extend the claim on {}[{}]", id, name, segment, e);
                    }
                }
            });
        }
    }

    private void releaseClaims() {
        if (claimKeeper != null) {
            claimKeeper.shutdownNow();
        }
        synchronized (claimed) {
            claimed.forEach((name, ids) -> {
                for (int segment : ids) {
                    try {
                        tokenStore.releaseClaim(name, segment);
                    } catch (RuntimeException e) {
                        log.warn("Rebuild {}: could not release the claim on {}[{}]", id, name, segment, e);
                    }
                }
            });
            claimed.clear();
        }
    }

    /**
     * Starts the processors this rebuild stopped, and checks that each claims its segments again: a tracking
     * processor restarted soon after a claim was seen to stay idle without a word, so it is restarted once more.
     */
    private void restartLive() {
        releaseClaims();
        List<TrackingEventProcessor> toStart;
        synchronized (stoppedByUs) {
            toStart = new ArrayList<>(stoppedByUs);
            stoppedByUs.clear();
        }
        for (TrackingEventProcessor live : toStart) {
            live.start();
        }
        for (TrackingEventProcessor live : toStart) {
            for (int attempt = 1; !awaitClaims(live, Duration.ofSeconds(15)); attempt++) {
                if (attempt == 3) {
                    throw new IllegalStateException("the live processor " + live.getName()
                            + " did not claim its segments again after the rebuild");
                }
                log.warn("Rebuild {}: {} claimed no segment after its restart; restarting it again", id,
                        live.getName());
                live.shutDown();
                live.start();
            }
        }
    }

    private boolean awaitClaims(TrackingEventProcessor live, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (holdsAllSegments(live.getName(), live)) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Comparing and swapping
    // ------------------------------------------------------------------------------------------------------------

    private ComparisonView compareAll() {
        List<CollectionView> collections = new ArrayList<>();
        List<DifferenceView> differences = new ArrayList<>();
        long compared = 0;
        long differing = 0;
        for (ShadowGroup group : groups) {
            for (String collection : group.collections()) {
                CollectionComparison.Result r = CollectionComparison.compare(collection,
                        database.getCollection(collection), database.getCollection(group.shadowOf(collection)),
                        Math.max(0, maxDifferences - differences.size()));
                collections.add(new CollectionView(group.name(), collection, r.liveDocuments(), r.rebuiltDocuments(),
                        r.documentsCompared(), r.documentsDiffering(), r.identical()));
                r.firstDifferences().forEach(d -> differences.add(new DifferenceView(d.collection(), d.id(),
                        d.fields().stream().map(f -> new FieldView(f.path(), f.live(), f.rebuilt())).toList())));
                compared += r.documentsCompared();
                differing += r.documentsDiffering();
            }
        }
        return new ComparisonView(differing == 0, compared, differing, collections, differences);
    }

    /** Each shadow collection replaces its live one; a live collection the rebuild left empty is emptied. */
    private void swap() {
        Set<String> existing = database.listCollectionNames().into(new HashSet<>());
        for (ShadowGroup group : groups) {
            for (String collection : group.collections()) {
                String shadow = group.shadowOf(collection);
                if (!existing.contains(shadow)) {
                    if (existing.contains(collection)) {
                        database.getCollection(collection).deleteMany(new Document());
                    }
                } else if (settings.swapByCopy()) {
                    copyOver(database.getCollection(shadow), database.getCollection(collection));
                } else {
                    database.getCollection(shadow).renameCollection(
                            new MongoNamespace(database.getName(), collection),
                            new RenameCollectionOptions().dropTarget(true));
                }
            }
        }
    }

    /**
     * The copy swap: every rebuilt document replaces its live one (or is added), then the live documents the rebuild
     * does not have are deleted. A reader meanwhile sees each document either as it was or as rebuilt, never missing.
     */
    private static void copyOver(MongoCollection<Document> shadow, MongoCollection<Document> live) {
        Set<Object> ids = new HashSet<>();
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
        for (Document d : CollectionComparison.all(shadow)) {
            ids.add(d.get("_id"));
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", d.get("_id")), d, new ReplaceOptions().upsert(true)));
            if (writes.size() == 1_000) {
                live.bulkWrite(writes, new BulkWriteOptions().ordered(false));
                writes.clear();
            }
        }
        if (!writes.isEmpty()) {
            live.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        List<Object> extra = new ArrayList<>();
        for (Document d : CollectionComparison.all(live)) {
            if (!ids.contains(d.get("_id"))) {
                extra.add(d.get("_id"));
            }
        }
        for (int i = 0; i < extra.size(); i += 1_000) {
            live.deleteMany(Filters.in("_id", extra.subList(i, Math.min(extra.size(), i + 1_000))));
        }
    }

    /** The shadow collections of this rebuild that are still there (compare mode, copy swap, or a failure). */
    private void dropShadows() {
        Set<String> existing = database.listCollectionNames().into(new HashSet<>());
        for (ShadowGroup group : groups) {
            for (String collection : group.collections()) {
                if (existing.contains(group.shadowOf(collection))) {
                    database.getCollection(group.shadowOf(collection)).drop();
                }
            }
        }
    }

    /** Shadow collections an earlier rebuild of these groups left behind (the instance stopped during it). */
    private void dropLeftovers() {
        Set<String> mine = new HashSet<>();
        groups.forEach(g -> mine.addAll(g.collections()));
        String prefix = settings.shadowPrefix();
        for (String name : database.listCollectionNames().into(new ArrayList<>())) {
            int dot = name.indexOf('.', prefix.length());
            if (name.startsWith(prefix) && dot > 0 && mine.contains(name.substring(dot + 1))) {
                database.getCollection(name).drop();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Progress
    // ------------------------------------------------------------------------------------------------------------

    private List<String> names() {
        return groups.stream().map(ShadowGroup::name).toList();
    }

    private ProgressFigures figures() {
        long elapsed = (endNanos == 0 ? System.nanoTime() : endNanos) - startNanos;
        return ProgressFigures.of(position, head, elapsed);
    }

    RebuildView view() {
        ProgressFigures f = figures();
        List<GroupProgress> perGroup = groups.stream().map(g -> new GroupProgress(g.name(),
                List.copyOf(g.collections()), g.handled(), g.errors(), livePosition(g.group().processor()),
                g.finalTokens() == null ? null : g.finalPosition())).toList();
        return new RebuildView(id, mode, compare, names(), state.name(), f.eventsDone(), f.eventsTotal(),
                f.eventsPerSecond(), finished() ? Long.valueOf(0) : f.etaSeconds(), f.percent(), startedAt,
                finishedAt, pausedMillis, error, perGroup, comparison);
    }

    static Long livePosition(TrackingEventProcessor processor) {
        long max = -1;
        for (EventTrackerStatus s : processor.processingStatus().values()) {
            max = Math.max(max, s.getCurrentPosition().orElse(-1));
        }
        return max < 0 ? null : max;
    }
}
