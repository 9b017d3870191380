package cl.redlim.readmodel.rebuild;

import cl.redlim.readmodel.InMemoryMongo;
import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.RenameCollectionOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShadowDatabaseTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    @Test
    void aProjectionWritesToTheShadowCollectionAndReadsForeignOnesLive() {
        MongoDatabase live = mongo.freshDatabase();
        live.getCollection("names").insertOne(new Document("_id", "13101").append("name", "Santiago"));
        MongoDatabase shadow = ShadowDatabase.mapping(live, n -> n.equals("names") ? n : "rebuild." + n);

        shadow.getCollection("fund_calls").insertOne(new Document("_id", "c1"));
        shadow.withWriteConcern(com.mongodb.WriteConcern.MAJORITY).getCollection("fund_calls", Document.class)
                .insertOne(new Document("_id", "c2"));

        assertThat(live.getCollection("rebuild.fund_calls").countDocuments()).isEqualTo(2);
        assertThat(live.getCollection("fund_calls").countDocuments()).isZero();
        assertThat(shadow.getCollection("names").find().first().getString("name")).isEqualTo("Santiago");
        assertThat(shadow.getName()).isEqualTo(live.getName());
    }

    @Test
    void aProjectionMayNotDropOrCommandTheDatabase() {
        MongoDatabase shadow = ShadowDatabase.mapping(mongo.freshDatabase(), n -> "rebuild." + n);
        assertThatThrownBy(shadow::drop).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> shadow.runCommand(new Document("ping", 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theRecordingDatabaseNotesNamesAndTouchesNothing() {
        Set<String> opened = new LinkedHashSet<>();
        MongoDatabase recording = ShadowDatabase.recording(opened);
        recording.getCollection("ocds_processes").createIndex(Indexes.ascending("ocid"), new IndexOptions().unique(true));
        recording.getCollection("ocds_names");
        assertThat(opened).containsExactly("ocds_processes", "ocds_names");
    }

    /** The swap depends on it: mongo-java-server renames over an existing collection, keeping the indexes. */
    @Test
    void renamingAShadowOverTheLiveCollectionReplacesItWithItsIndexes() {
        MongoDatabase db = mongo.freshDatabase();
        db.getCollection("ocds_processes").insertOne(new Document("_id", "old").append("ocid", "x"));
        db.getCollection("rebuild.ocds_processes").createIndex(Indexes.ascending("ocid"),
                new IndexOptions().unique(true));
        db.getCollection("rebuild.ocds_processes").insertOne(new Document("_id", "new").append("ocid", "y"));

        db.getCollection("rebuild.ocds_processes").renameCollection(new MongoNamespace(db.getName(), "ocds_processes"),
                new RenameCollectionOptions().dropTarget(true));

        assertThat(db.listCollectionNames().into(new HashSet<>())).contains("ocds_processes")
                .doesNotContain("rebuild.ocds_processes");
        List<Document> docs = db.getCollection("ocds_processes").find().into(new ArrayList<>());
        assertThat(docs).extracting(d -> d.getString("_id")).containsExactly("new");
        List<Document> indexes = db.getCollection("ocds_processes").listIndexes().into(new ArrayList<>());
        assertThat(indexes).extracting(i -> i.get("key", Document.class).keySet()).anyMatch(k -> k.contains("ocid"));
    }
}
