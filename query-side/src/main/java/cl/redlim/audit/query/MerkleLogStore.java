package cl.redlim.audit.query;

import cl.redlim.audit.log.MerkleHash;
import cl.redlim.audit.log.SubtreeHashes;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The log in MongoDB, as tiles of 256 hashes (the layout of Go's tlog tiles). Level 0 are the pages of leaves, each
 * leaf with its record; level L holds the roots of the full tiles of level L-1, so any perfect subtree is at most one
 * read and 255 hashes away. Everything at or past the committed size is scratch, rewritten by the appender; readers
 * never look past it. Full tiles never change, so they are cached.
 */
public class MerkleLogStore implements SubtreeHashes {

    public static final int TILE_HEIGHT = 8;
    public static final int TILE_WIDTH = 1 << TILE_HEIGHT;
    static final String LOG = "log";

    private final MongoCollection<Document> pages;
    private final MongoCollection<Document> tiles;
    private final MongoCollection<Document> state;
    private final Map<String, List<byte[]>> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<byte[]>> eldest) {
            return size() > 2048;
        }
    });

    public MerkleLogStore(MongoDatabase database) {
        this.pages = database.getCollection("audit_log_pages");
        this.tiles = database.getCollection("audit_log_tiles");
        this.state = database.getCollection("audit_log_state");
        // used by a real MongoDB; the embedded server scans, over small per-page summaries
        pages.createIndex(new Document("cs", 1));
        pages.createIndex(new Document("ks", 1));
        pages.createIndex(new Document("leaves.e", 1));
    }

    MongoCollection<Document> stateCollection() {
        return state;
    }

    /** How many leaves the log has committed. */
    public long size() {
        Document log = state.find(Filters.eq("_id", LOG)).first();
        return log == null ? 0 : log.get("size", Number.class).longValue();
    }

    Document stateDocument() {
        return state.find(Filters.eq("_id", LOG)).first();
    }

    /** The leaf records of {@code [from, to)}, which must be within the committed size. */
    public List<LeafRecord> leaves(long from, long to) {
        List<LeafRecord> out = new ArrayList<>();
        for (long page = from / TILE_WIDTH; page * TILE_WIDTH < to; page++) {
            Document doc = pages.find(Filters.eq("_id", page)).first();
            if (doc == null) {
                throw new IllegalStateException("Log page " + page + " is missing");
            }
            for (Document leaf : doc.getList("leaves", Document.class)) {
                long index = leaf.get("i", Number.class).longValue();
                if (index >= from && index < to) {
                    out.add(LeafRecord.from(leaf));
                }
            }
        }
        return out;
    }

    /** The pages whose summary may hold a match: each page keeps the distinct correlation ids and clients it has. */
    public java.util.Set<Long> pagesWith(String summaryField, String value) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        pages.find(Filters.eq(summaryField, value)).projection(new Document("_id", 1))
                .forEach(d -> out.add(d.get("_id", Number.class).longValue()));
        return out;
    }

    /** The leaf of an event; a real MongoDB answers from the index on {@code leaves.e}, the embedded one scans. */
    public java.util.Optional<LeafRecord> findByEventId(String eventId) {
        Document page = pages.find(Filters.eq("leaves.e", eventId)).first();
        return page == null ? java.util.Optional.empty() : page.getList("leaves", Document.class).stream()
                .filter(d -> eventId.equals(d.getString("e"))).findFirst().map(LeafRecord::from)
                .filter(l -> l.index() < size());
    }

    public LeafRecord leaf(long index) {
        return leaves(index, index + 1).get(0);
    }

    @Override
    public byte[] perfect(long start, int height) {
        int level = height / TILE_HEIGHT;
        int rest = height % TILE_HEIGHT;
        long first = start >> (TILE_HEIGHT * level);
        int count = 1 << rest;
        long tile = first / TILE_WIDTH;
        int offset = (int) (first % TILE_WIDTH);
        List<byte[]> hashes = tileHashes(level, tile, offset + count);
        return fold(hashes.subList(offset, offset + count));
    }

    /** The hash of a perfect subtree from its 2^k leftmost-to-rightmost child hashes. */
    static byte[] fold(List<byte[]> hashes) {
        List<byte[]> row = hashes;
        while (row.size() > 1) {
            List<byte[]> next = new ArrayList<>(row.size() / 2);
            for (int i = 0; i < row.size(); i += 2) {
                next.add(MerkleHash.node(row.get(i), row.get(i + 1)));
            }
            row = next;
        }
        return row.get(0);
    }

    private List<byte[]> tileHashes(int level, long tile, int needed) {
        String key = level + ":" + tile;
        List<byte[]> cached = cache.get(key);
        if (cached != null && cached.size() >= needed) {
            return cached;
        }
        List<byte[]> hashes = level == 0 ? pageHashes(tile) : storedTile(key);
        if (hashes.size() < needed) {
            throw new IllegalStateException("Log tile " + key + " has " + hashes.size() + " of " + needed + " hashes");
        }
        cache.put(key, hashes);
        return hashes;
    }

    private List<byte[]> pageHashes(long page) {
        Document doc = pages.find(Filters.eq("_id", page)).first();
        return doc == null ? List.of() : doc.getList("leaves", Document.class).stream()
                .map(d -> d.get("h", Binary.class).getData()).toList();
    }

    private List<byte[]> storedTile(String key) {
        Document doc = tiles.find(Filters.eq("_id", key)).first();
        return doc == null ? List.of() : doc.getList("hashes", Binary.class).stream().map(Binary::getData).toList();
    }

    /** The records of a page, for the appender to continue the open page after a restart. */
    List<LeafRecord> pageLeaves(long page) {
        Document doc = pages.find(Filters.eq("_id", page)).first();
        return doc == null ? List.of() : doc.getList("leaves", Document.class).stream().map(LeafRecord::from).toList();
    }

    List<byte[]> tile(int level, long index) {
        return storedTile(level + ":" + index);
    }

    void writePage(long page, List<LeafRecord> leaves) {
        Document doc = new Document("_id", page).append("n", leaves.size())
                .append("leaves", leaves.stream().map(LeafRecord::toDocument).toList())
                .append("cs", distinct(leaves, LeafRecord::correlationId))
                .append("ks", distinct(leaves, LeafRecord::client));
        pages.replaceOne(Filters.eq("_id", page), doc, new ReplaceOptions().upsert(true));
        cache.remove("0:" + page);
    }

    void writeTile(int level, long index, List<byte[]> hashes) {
        String key = level + ":" + index;
        tiles.replaceOne(Filters.eq("_id", key), new Document("_id", key)
                        .append("hashes", hashes.stream().map(Binary::new).toList()),
                new ReplaceOptions().upsert(true));
        cache.remove(key);
    }

    private static List<String> distinct(List<LeafRecord> leaves, Function<LeafRecord, String> field) {
        Set<String> values = new LinkedHashSet<>();
        leaves.forEach(l -> {
            String v = field.apply(l);
            if (v != null) {
                values.add(v);
            }
        });
        return new ArrayList<>(values);
    }
}
