package cl.redlim.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

/**
 * The names a projection copies into its documents (of communes, regions, calls), kept in a collection of its own
 * and keyed like {@code commune:13101}. Each projection keeps its own, filled by the events it handles, so that it
 * can be rebuilt alone and never reads another projection's collections.
 */
public final class Names {

    private final MongoCollection<Document> names;

    public Names(MongoCollection<Document> names) {
        this.names = names;
    }

    /** Records (or replaces) a name; idempotent, so a replayed event writes the same. */
    public void put(String key, String name) {
        names.replaceOne(Filters.eq("_id", key), new Document("_id", key).append("name", name),
                new ReplaceOptions().upsert(true));
    }

    /** The name under that key, or null when none was recorded. */
    public String get(String key) {
        Document d = names.find(Filters.eq("_id", key)).first();
        return d == null ? null : d.getString("name");
    }
}
