package cl.redlim.audit.query;

import cl.redlim.audit.log.CanonicalEvent;
import cl.redlim.audit.log.InMemoryTree;
import cl.redlim.audit.log.MerkleProofs;
import cl.redlim.readmodel.InMemoryMongo;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log kept as tiles in MongoDB answers the same roots and proofs as a tree held in memory, across page and
 * tile boundaries and across restarts of the appender.
 */
class LogAppenderTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private final Map<Long, StoredEvent> store = new HashMap<>();
    private final StoredEvents storedEvents = positions -> {
        Map<Long, StoredEvent> out = new HashMap<>();
        positions.forEach(p -> {
            if (store.containsKey(p)) {
                out.put(p, store.get(p));
            }
        });
        return out;
    };
    private MongoDatabase database;
    private MerkleLogStore log;

    @BeforeEach
    void setUp() {
        database = mongo.freshDatabase();
        log = new MerkleLogStore(database);
    }

    private LogAppender appender() {
        LogAppender appender = new LogAppender(null, storedEvents, log, database,
                JacksonSerializer.defaultSerializer(), Clock.systemUTC(), 1000);
        appender.load();
        return appender;
    }

    private List<TrackedEventMessage<?>> events(long firstPosition, int count, InMemoryTree expected) {
        List<TrackedEventMessage<?>> batch = new ArrayList<>();
        for (long p = firstPosition; p < firstPosition + count; p++) {
            String municipality = p % 3 == 0 ? "\"municipality\":\"13119\"," : "";
            StoredEvent event = new StoredEvent(p, "event-" + p, "Thing", "thing-" + (p % 50), p / 50,
                    "cl.redlim.test.ThingHappenedEvent", null, Instant.ofEpochMilli(1_700_000_000_000L + p),
                    ("{" + municipality + "\"n\":" + p + "}").getBytes(StandardCharsets.UTF_8),
                    ("{\"correlationId\":\"c-" + (p / 7) + "\",\"client\":\"Maipú\"}").getBytes(StandardCharsets.UTF_8));
            store.put(p, event);
            expected.append(CanonicalEvent.leafHash(event.canonical()));
            batch.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(p),
                    GenericEventMessage.asEventMessage("payload " + p)));
        }
        return batch;
    }

    @Test
    void rootsAndProofsMatchATreeInMemoryAcrossTilesAndRestarts() {
        InMemoryTree expected = new InMemoryTree();
        Random random = new Random(7);
        LogAppender appender = appender();
        long position = 1;
        List<Long> sizes = new ArrayList<>();
        while (expected.size() < 66_000) {
            int count = 1 + random.nextInt(expected.size() < 1_000 ? 40 : 3_000);
            appender.append(events(position, count, expected));
            position += count;
            sizes.add(expected.size());
            if (random.nextInt(5) == 0) {
                // a restart: the open tiles come back from the store
                appender = appender();
            }
        }
        assertThat(log.size()).isEqualTo(expected.size());
        for (long size : List.of(1L, 2L, 255L, 256L, 257L, 511L, 65_535L, 65_536L, 65_537L, expected.size())) {
            assertThat(log.root(size)).as("root of %d", size).isEqualTo(expected.root(size));
        }
        for (long size : sizes.subList(0, Math.min(sizes.size(), 40))) {
            assertThat(log.root(size)).as("root of %d", size).isEqualTo(expected.root(size));
        }
        long size = expected.size();
        for (long index : List.of(0L, 255L, 256L, 40_000L, 65_536L, size - 1)) {
            assertThat(MerkleProofs.verifyInclusion(expected.leaf(index), index, size,
                    MerkleProofs.inclusion(log, index, size), expected.root(size))).isTrue();
        }
        assertThat(MerkleProofs.verifyConsistency(65_536, size, expected.root(65_536), expected.root(size),
                MerkleProofs.consistency(log, 65_536, size))).isTrue();
    }

    @Test
    void leafRecordsKeepWhoAndWhereForTracesAndFilters() {
        InMemoryTree expected = new InMemoryTree();
        LogAppender appender = appender();
        appender.append(events(1, 300, expected));

        List<LeafRecord> leaves = log.leaves(250, 260);
        assertThat(leaves).extracting(LeafRecord::index).containsExactly(250L, 251L, 252L, 253L, 254L, 255L, 256L,
                257L, 258L, 259L);
        LeafRecord leaf = leaves.get(0);
        assertThat(leaf.eventId()).isEqualTo("event-251");
        assertThat(leaf.correlationId()).isEqualTo("c-35");
        assertThat(leaf.client()).isEqualTo("Maipú");
        // an event without a municipality takes its aggregate's, learnt from an earlier event (thing-1 from event 51)
        assertThat(log.leaf(0).municipality()).isNull();
        assertThat(log.leaf(2).municipality()).isEqualTo("13119");
        assertThat(log.leaf(100).municipality()).isEqualTo("13119");
        assertThat(log.findByEventId("event-257")).map(LeafRecord::index).contains(256L);

        AuditFeed feed = new AuditFeed(log, storedEvents);
        AuditFeed.Page trace = feed.page(0, 100, new AuditFeed.Filter(null, null, "c-35", null));
        assertThat(trace.lines()).extracting(l -> l.get("eventId").asText())
                .containsExactly("event-245", "event-246", "event-247", "event-248", "event-249", "event-250",
                        "event-251");
        assertThat(trace.lines().get(0).get("event").get("payload").get("n").asLong()).isEqualTo(245);
    }

    @Test
    void aLineWhoseEventIsGoneFromTheStoreSaysSo() {
        InMemoryTree expected = new InMemoryTree();
        appender().append(events(1, 10, expected));
        store.remove(5L);
        List<com.fasterxml.jackson.databind.node.ObjectNode> lines = new ArrayList<>();
        new AuditFeed(log, storedEvents).stream(0, null, AuditFeed.Filter.ALL, lines::add);
        assertThat(lines).hasSize(10);
        assertThat(lines.get(4).get("eventId").asText()).isEqualTo("event-5");
        assertThat(lines.get(4).get("event").isNull()).isTrue();
    }

}
