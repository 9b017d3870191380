package cl.redlim.audit.query;

import cl.redlim.access.api.Actor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import cl.redlim.audit.log.CanonicalEvent;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Appends every event, in the order the event store's tracking stream delivers it, as a leaf of the Merkle log.
 * Not an Axon event processor on purpose: a processor stores its token before the batch's own writes, while here
 * the log's state document, written last, holds both the size and the stream position, so that a crash at any point
 * leaves a log that either has a batch entirely or not at all, and the next start carries on from there. One
 * instance appends at a time (a lease in the state collection); the size is advanced by compare-and-set.
 */
public class LogAppender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LogAppender.class);
    private static final String LEASE = "lease";
    /** Payload fields that name the municipality an event concerns, most specific first. */
    private static final List<String> MUNICIPALITY_FIELDS = List.of("municipality", "commune", "buyer", "cut",
            "toMunicipality");

    private final StreamableMessageSource<TrackedEventMessage<?>> source;
    private final StoredEvents storedEvents;
    private final MerkleLogStore store;
    private final MongoCollection<Document> aggregates;
    private final Serializer serializer;
    private final Clock clock;
    private final int batchSize;
    private final String owner = UUID.randomUUID().toString();
    private final Map<String, String> municipalities = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 100_000;
        }
    };

    private volatile boolean running;
    private volatile Thread thread;
    private volatile long appendedPosition = -1;

    // the open (rightmost) tiles, rebuilt from the store at every (re)start
    private long size;
    private TrackingToken token;
    private List<LeafRecord> openPage;
    private final List<List<byte[]>> openTiles = new ArrayList<>();

    public LogAppender(StreamableMessageSource<TrackedEventMessage<?>> source, StoredEvents storedEvents,
                       MerkleLogStore store, MongoDatabase database, Serializer serializer, Clock clock,
                       int batchSize) {
        this.source = source;
        this.storedEvents = storedEvents;
        this.store = store;
        this.aggregates = database.getCollection("audit_log_aggregates");
        this.serializer = serializer;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "audit-log-appender");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The store position of the last event appended by this instance, or -1. */
    public long appendedPosition() {
        return appendedPosition;
    }

    private void run() {
        long backoff = 100;
        while (running) {
            BlockingStream<TrackedEventMessage<?>> stream = null;
            try {
                if (!holdLease()) {
                    sleep(5_000);
                    continue;
                }
                load();
                stream = source.openStream(token);
                long leaseRenewed = System.nanoTime();
                while (running) {
                    if (!stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        if (System.nanoTime() - leaseRenewed > TimeUnit.SECONDS.toNanos(10)) {
                            if (!holdLease()) {
                                break;
                            }
                            leaseRenewed = System.nanoTime();
                        }
                        continue;
                    }
                    List<TrackedEventMessage<?>> batch = new ArrayList<>();
                    while (batch.size() < batchSize && stream.hasNextAvailable()) {
                        batch.add(stream.nextAvailable());
                    }
                    append(batch);
                    backoff = 100;
                    if (System.nanoTime() - leaseRenewed > TimeUnit.SECONDS.toNanos(10)) {
                        if (!holdLease()) {
                            break;
                        }
                        leaseRenewed = System.nanoTime();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("The audit log appender failed and starts again from its last commit: {}", e.toString());
                sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            } finally {
                if (stream != null) {
                    stream.close();
                }
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private boolean holdLease() {
        long now = clock.millis();
        try {
            store.stateCollection().findOneAndUpdate(
                    Filters.and(Filters.eq("_id", LEASE), Filters.or(Filters.eq("owner", owner), Filters.lt("until", now))),
                    Updates.combine(Updates.set("owner", owner), Updates.set("until", now + 30_000)),
                    new FindOneAndUpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            return false;
        }
    }

    /** The committed state and the open tiles, from the store. */
    void load() {
        Document state = store.stateDocument();
        size = state == null ? 0 : state.get("size", Number.class).longValue();
        token = state == null || state.getString("token") == null ? null : deserialize(state);
        openPage = new ArrayList<>(store.pageLeaves(size / MerkleLogStore.TILE_WIDTH).stream()
                .filter(l -> l.index() < size).toList());
        openTiles.clear();
        for (int level = 1; (size >> (MerkleLogStore.TILE_HEIGHT * level)) > 0; level++) {
            long entries = size >> (MerkleLogStore.TILE_HEIGHT * level);
            List<byte[]> tile = store.tile(level, entries / MerkleLogStore.TILE_WIDTH);
            openTiles.add(new ArrayList<>(tile.subList(0, (int) (entries % MerkleLogStore.TILE_WIDTH))));
        }
    }

    void append(List<TrackedEventMessage<?>> batch) {
        Map<Long, StoredEvent> stored = storedEvents.at(batch.stream()
                .map(m -> m.trackingToken().position().orElseThrow()).toList());
        Map<Long, List<LeafRecord>> dirtyPages = new LinkedHashMap<>();
        Map<String, List<byte[]>> dirtyTiles = new LinkedHashMap<>();
        Map<String, String> newMunicipalities = new HashMap<>();
        long before = size;
        TrackingToken last = token;
        prefetchMunicipalities(stored.values());
        for (TrackedEventMessage<?> message : batch) {
            long position = message.trackingToken().position().orElseThrow();
            StoredEvent event = stored.get(position);
            if (event == null) {
                throw new IllegalStateException("The store has no event at position " + position);
            }
            LeafRecord leaf = record(size, event, newMunicipalities);
            long page = size / MerkleLogStore.TILE_WIDTH;
            openPage.add(leaf);
            dirtyPages.put(page, openPage);
            size++;
            if (openPage.size() == MerkleLogStore.TILE_WIDTH) {
                byte[] root = MerkleLogStore.fold(openPage.stream().map(LeafRecord::hash).toList());
                openPage = new ArrayList<>();
                push(1, root, dirtyTiles);
            }
            last = message.trackingToken();
        }
        dirtyPages.forEach(store::writePage);
        dirtyTiles.forEach((key, hashes) -> {
            String[] parts = key.split(":");
            store.writeTile(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), hashes);
        });
        newMunicipalities.forEach((aggregate, municipality) -> aggregates.replaceOne(Filters.eq("_id", aggregate),
                new Document("_id", aggregate).append("m", municipality), new ReplaceOptions().upsert(true)));
        commit(before, size, last);
        token = last;
        appendedPosition = last.position().orElse(-1);
    }

    private void push(int level, byte[] hash, Map<String, List<byte[]>> dirtyTiles) {
        while (openTiles.size() < level) {
            openTiles.add(new ArrayList<>());
        }
        List<byte[]> tile = openTiles.get(level - 1);
        // the index of the entry being added at this level, from the leaves now complete
        long entry = (size >> (MerkleLogStore.TILE_HEIGHT * level)) - 1;
        tile.add(hash);
        dirtyTiles.put(level + ":" + entry / MerkleLogStore.TILE_WIDTH, tile);
        if (tile.size() == MerkleLogStore.TILE_WIDTH) {
            openTiles.set(level - 1, new ArrayList<>());
            push(level + 1, MerkleLogStore.fold(tile), dirtyTiles);
        }
    }

    private void commit(long before, long after, TrackingToken last) {
        SerializedObject<String> serialized = serializer.serialize(last, String.class);
        Document fields = new Document("size", after).append("token", serialized.getData())
                .append("tokenType", serialized.getType().getName())
                .append("tokenRevision", serialized.getType().getRevision())
                .append("updatedAt", clock.millis());
        MongoCollection<Document> state = store.stateCollection();
        if (before == 0 && state.find(Filters.eq("_id", MerkleLogStore.LOG)).first() == null) {
            state.insertOne(new Document("_id", MerkleLogStore.LOG).append("size", 0L));
        }
        long matched = state.updateOne(Filters.and(Filters.eq("_id", MerkleLogStore.LOG), Filters.eq("size", before)),
                new Document("$set", fields)).getMatchedCount();
        if (matched != 1) {
            throw new IllegalStateException("Another appender advanced the log past " + before);
        }
    }

    private TrackingToken deserialize(Document state) {
        return serializer.deserialize(new SimpleSerializedObject<>(state.getString("token"), String.class,
                state.getString("tokenType"), state.getString("tokenRevision")));
    }

    private LeafRecord record(long index, StoredEvent event, Map<String, String> newMunicipalities) {
        ObjectNode canonical = event.canonical();
        JsonNode meta = canonical.get("metaData");
        String municipality = municipality(canonical.get("payload"));
        String aggregate = event.aggregateId();
        if (aggregate != null) {
            if (municipality != null) {
                if (!municipality.equals(municipalities.put(aggregate, municipality))) {
                    newMunicipalities.put(aggregate, municipality);
                }
            } else {
                municipality = knownMunicipality(aggregate);
            }
        }
        return new LeafRecord(index, CanonicalEvent.leafHash(canonical), event.eventId(), event.position(),
                event.payloadType(), event.aggregateType(), aggregate, event.sequence(), event.timestamp(),
                text(meta, "correlationId"), text(meta, "causationId"), text(meta, Actor.PRINCIPAL),
                text(meta, Actor.ROLE), text(meta, Actor.CLIENT), municipality);
    }

    private String knownMunicipality(String aggregate) {
        return municipalities.get(aggregate);
    }

    /** One read for the municipalities of the batch's aggregates that are not in memory (after a restart). */
    private void prefetchMunicipalities(java.util.Collection<StoredEvent> events) {
        List<String> unknown = events.stream().map(StoredEvent::aggregateId)
                .filter(id -> id != null && !municipalities.containsKey(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            aggregates.find(Filters.in("_id", unknown))
                    .forEach(doc -> municipalities.put(doc.getString("_id"), doc.getString("m")));
        }
    }

    static String municipality(JsonNode payload) {
        if (payload != null && payload.isObject()) {
            for (String field : MUNICIPALITY_FIELDS) {
                JsonNode value = payload.get(field);
                if (value != null && value.isTextual() && value.asText().matches("\\d{4,5}")) {
                    return value.asText();
                }
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Waits up to {@code timeout} until the log has at least {@code size} leaves; for tests and on-demand heads. */
    public boolean awaitSize(long wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (store.size() < wanted) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }
}
