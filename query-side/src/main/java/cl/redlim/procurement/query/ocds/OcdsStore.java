package cl.redlim.procurement.query.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static cl.redlim.readmodel.DocValues.date;

/**
 * The OCDS read model in MongoDB. {@code ocds_releases} holds each release once, under its release id, as the JSON
 * text that is served; {@code ocds_processes} holds per process its ocid, its first and last release dates and the
 * projection's working state, which is never served (it holds bids before they are opened); {@code ocds_names}
 * holds the names of communes and regions, for the buyer.
 */
@Component
class OcdsStore {

    static final String RELEASES = "ocds_releases";
    static final String PROCESSES = "ocds_processes";
    static final String NAMES = "ocds_names";

    private final MongoCollection<Document> releases;
    private final MongoCollection<Document> processes;
    private final MongoCollection<Document> names;

    OcdsStore(MongoDatabase readModelDatabase) {
        this.releases = readModelDatabase.getCollection(RELEASES);
        this.processes = readModelDatabase.getCollection(PROCESSES);
        this.names = readModelDatabase.getCollection(NAMES);
        // the embedded server of standalone keeps unique indexes only; see the docs for production's other indexes
        processes.createIndex(Indexes.ascending("ocid"), new IndexOptions().unique(true));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Writes (the projection)
    // ------------------------------------------------------------------------------------------------------------

    void name(String key, String name, String regionCode) {
        names.replaceOne(Filters.eq("_id", key), new Document("_id", key).append("name", name)
                .append("regionCode", regionCode), new ReplaceOptions().upsert(true));
    }

    String nameOf(String key) {
        Document d = names.find(Filters.eq("_id", key)).first();
        return d == null ? null : d.getString("name");
    }

    ProcessState state(String processId) {
        Document d = processes.find(Filters.eq("_id", processId)).first();
        return d == null ? null : ProcessState.fromJson(d.getString("state"));
    }

    /**
     * Stores a release and the state after it. The release goes first, under its stable id, so that an event
     * delivered again after a crash between the two writes rebuilds the same release from the same state.
     */
    void save(ProcessState state, long sequence, ObjectNode release, Instant at) {
        String releaseId = release.get("id").asText();
        releases.replaceOne(Filters.eq("_id", releaseId), new Document("_id", releaseId)
                        .append("processId", state.processId)
                        .append("ocid", state.ocid)
                        .append("sequence", sequence)
                        .append("date", date(at))
                        .append("json", OcdsJson.write(release)),
                new ReplaceOptions().upsert(true));
        boolean first = state.version < 0;
        state.version = sequence;
        state.lastReleaseId = releaseId;
        if (first) {
            processes.replaceOne(Filters.eq("_id", state.processId), new Document("_id", state.processId)
                            .append("ocid", state.ocid)
                            .append("version", sequence)
                            .append("firstDate", date(at))
                            .append("lastDate", date(at))
                            .append("state", state.toJson()),
                    new ReplaceOptions().upsert(true));
        } else {
            // the projection skipped the event if the stored state had seen it (one writer per process: its sequence);
            // a filter of _id alone is one the embedded store finds by index (see SequencedDocuments.update)
            processes.updateOne(Filters.eq("_id", state.processId),
                    Updates.combine(Updates.set("version", sequence), Updates.max("lastDate", date(at)),
                            Updates.set("state", state.toJson())));
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Reads (the queries)
    // ------------------------------------------------------------------------------------------------------------

    /** A process's ocid, id and dates (never its state), or null. */
    Document processByOcid(String ocid) {
        return processes.find(Filters.eq("ocid", ocid)).projection(new Document("state", 0)).first();
    }

    /** A process's releases, in the order its events happened. */
    List<JsonNode> releasesOf(String processId) {
        List<JsonNode> found = new ArrayList<>();
        releases.find(Filters.eq("processId", processId)).sort(Sorts.ascending("sequence"))
                .forEach(d -> found.add(OcdsJson.read(d.getString("json"))));
        return found;
    }

    /** Releases dated at or after {@code since}, oldest first. */
    List<JsonNode> releasesSince(Instant since, int skip, int limit) {
        List<JsonNode> found = new ArrayList<>();
        releases.find(since(since, "date")).sort(Sorts.ascending("date", "_id")).skip(skip).limit(limit)
                .forEach(d -> found.add(OcdsJson.read(d.getString("json"))));
        return found;
    }

    long countReleasesSince(Instant since) {
        return releases.countDocuments(since(since, "date"));
    }

    /** Processes with a release dated at or after {@code since}, by ocid: a process that changes keeps its place. */
    List<Document> processesSince(Instant since, int skip, int limit) {
        List<Document> found = new ArrayList<>();
        processes.find(since(since, "lastDate")).projection(new Document("state", 0)).sort(Sorts.ascending("ocid"))
                .skip(skip).limit(limit).forEach(found::add);
        return found;
    }

    long countProcessesSince(Instant since) {
        return processes.countDocuments(since(since, "lastDate"));
    }

    /** The next processes by id after {@code afterProcessId} (from the first when null), for the export. */
    List<Document> processesAfter(String afterProcessId, Instant since, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (since != null) {
            filters.add(since(since, "lastDate"));
        }
        if (afterProcessId != null) {
            filters.add(Filters.gt("_id", afterProcessId));
        }
        List<Document> found = new ArrayList<>();
        processes.find(filters.isEmpty() ? new Document() : Filters.and(filters)).projection(new Document("state", 0)).sort(Sorts.ascending("_id"))
                .limit(limit).forEach(found::add);
        return found;
    }

    private static Bson since(Instant since, String field) {
        return since == null ? new Document() : Filters.gte(field, Date.from(since));
    }
}
