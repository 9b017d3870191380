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

    /** Applies the updates if the document has not seen this event yet. */
    public void update(String id, long sequence, Bson... updates) {
        List<Bson> all = new ArrayList<>(List.of(updates));
        all.add(Updates.set(VERSION, sequence));
        collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.lt(VERSION, sequence)), Updates.combine(all));
    }

    public Document find(String id) {
        return collection.find(Filters.eq("_id", id)).first();
    }
}
