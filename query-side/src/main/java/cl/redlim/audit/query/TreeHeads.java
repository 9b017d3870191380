package cl.redlim.audit.query;

import cl.redlim.audit.log.MerkleProofs;
import cl.redlim.audit.log.TreeHead;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signed tree heads: made on a schedule when the log has grown, and on demand. One head per tree size (the first
 * signed), so signing again at the same size answers the head already there.
 */
public class TreeHeads {

    private static final String LATEST = "latestTreeHead";
    private static final Logger LOG = LoggerFactory.getLogger(TreeHeads.class);

    private final MerkleLogStore log;
    private final LogKey key;
    private final Clock clock;
    private final MongoCollection<Document> heads;
    private final MongoCollection<Document> state;

    public TreeHeads(MerkleLogStore log, LogKey key, Clock clock, MongoDatabase database) {
        this.log = log;
        this.key = key;
        this.clock = clock;
        this.heads = database.getCollection("audit_log_tree_heads");
        this.state = log.stateCollection();
    }

    public LogKey key() {
        return key;
    }

    /** Signs the log as it is now (or answers the head of this size if one exists). */
    public TreeHead signNow() {
        long size = log.size();
        Optional<TreeHead> existing = at(size);
        if (existing.isPresent()) {
            return existing.get();
        }
        TreeHead head = new TreeHead(size, log.root(size), clock.millis(), null).sign(key.privateKey());
        try {
            heads.insertOne(new Document("_id", size).append("root", new Binary(head.rootHash()))
                    .append("ts", head.timestamp()).append("sig", new Binary(head.signature())));
            // the latest size, kept apart so that finding the latest head is one read by id, however many heads
            state.updateOne(Filters.and(Filters.eq("_id", LATEST), Filters.lt("size", size)),
                    new Document("$set", new Document("size", size)));
            if (state.find(Filters.eq("_id", LATEST)).first() == null) {
                try {
                    state.insertOne(new Document("_id", LATEST).append("size", size));
                } catch (com.mongodb.MongoWriteException raced) {
                    state.updateOne(Filters.and(Filters.eq("_id", LATEST), Filters.lt("size", size)),
                            new Document("$set", new Document("size", size)));
                }
            }
            return head;
        } catch (com.mongodb.MongoWriteException e) {
            // another instance signed this size first: its head is the one
            return at(size).orElseThrow(() -> e);
        }
    }

    @Scheduled(initialDelayString = "${redlim.audit.tree-head-interval:PT1M}",
            fixedDelayString = "${redlim.audit.tree-head-interval:PT1M}")
    void onSchedule() {
        try {
            if (latest().map(h -> h.treeSize() < log.size()).orElse(true)) {
                signNow();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not sign a tree head now: {}", e.toString());
        }
    }

    public Optional<TreeHead> latest() {
        Document latest = state.find(Filters.eq("_id", LATEST)).first();
        return latest == null ? Optional.empty() : at(latest.get("size", Number.class).longValue());
    }

    public Optional<TreeHead> at(long size) {
        return Optional.ofNullable(heads.find(Filters.eq("_id", size)).first()).map(TreeHeads::head);
    }

    /** Heads from newest to oldest, skipping {@code offset}. */
    public List<TreeHead> newestFirst(int offset, int limit) {
        List<TreeHead> out = new ArrayList<>();
        heads.find().sort(Sorts.descending("_id")).skip(offset).limit(limit).forEach(d -> out.add(head(d)));
        return out;
    }

    /** Every head, oldest first. */
    public Iterable<TreeHead> oldestFirst() {
        return heads.find().sort(Sorts.ascending("_id")).map(TreeHeads::head);
    }

    public long count() {
        return heads.countDocuments();
    }

    public List<byte[]> consistency(long first, long second) {
        return MerkleProofs.consistency(log, first, second);
    }

    private static TreeHead head(Document d) {
        return new TreeHead(d.get("_id", Number.class).longValue(), d.get("root", Binary.class).getData(),
                d.get("ts", Number.class).longValue(), d.get("sig", Binary.class).getData());
    }
}
