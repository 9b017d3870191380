package cl.redlim.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/**
 * Idempotent writes for documents that follow one aggregate. Each document keeps the sequence number of the last
 * event applied to it, and an update only applies when its event is newer. No transaction ties a projection write
 * to its token update, so an event redelivered after a crash must change nothing the second time.
 */
public final class SequencedDocuments {

    public static final String VERSION = "version";

    private final MongoCollection<Document> collection;

    public SequencedDocuments(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    /** Writes the document an aggregate's first event creates. */
    public void create(String id, long sequence, Document document) {
        document.put("_id", id);
        document.put(VERSION, sequence);
        collection.replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
    }

    /**
     * Applies the updates if the document has not seen this event yet. The version is read, then the document written,
     * both by {@code _id} alone: the embedded read-model store (mongo-java-server) finds a document through its index
     * only for a filter of exactly {@code {_id: ..}} and scans the whole collection for any other, so one conditional
     * update ({@code {_id: .., version: {$lt: ..}}}) cost time in proportion to the collection (~30 ms per update at
     * 20,000 documents against ~3 ms by {@code _id}). Reading first is safe because one aggregate's events reach a
     * processing group in order, from one thread at a time (its sequencing policy), and the document follows one
     * aggregate.
     */
    public void update(String id, long sequence, Bson... updates) {
        Document seen = collection.find(Filters.eq("_id", id)).projection(new Document(VERSION, 1)).first();
        if (seen == null || !(seen.get(VERSION) instanceof Number version) || version.longValue() >= sequence) {
            // no document yet (its creating event is redelivered later or was never projected), or already applied
            return;
        }
        List<Bson> all = new ArrayList<>(List.of(updates));
        all.add(Updates.set(VERSION, sequence));
        collection.updateOne(Filters.eq("_id", id), Updates.combine(all));
    }

    public Document find(String id) {
        return collection.find(Filters.eq("_id", id)).first();
    }
}
