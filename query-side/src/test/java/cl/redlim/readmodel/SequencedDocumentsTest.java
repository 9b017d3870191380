package cl.redlim.readmodel;

import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SequencedDocumentsTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    private SequencedDocuments documents;


    @BeforeEach
    void freshCollection() {
        documents = new SequencedDocuments(mongo.freshDatabase().getCollection("things"));
    }

    @Test
    void givenCreated_whenNewerUpdate_thenAppliedAndVersionMoves() {
        documents.create("t1", 0, new Document("count", 0L));

        documents.update("t1", 1, Updates.inc("count", 5L));

        Document d = documents.find("t1");
        assertThat(DocValues.longValue(d, "count")).isEqualTo(5);
        assertThat(DocValues.longValue(d, SequencedDocuments.VERSION)).isEqualTo(1);
    }

    @Test
    void givenUpdateApplied_whenSameSequenceAgain_thenNothingChanges() {
        documents.create("t1", 0, new Document("count", 0L));
        documents.update("t1", 1, Updates.inc("count", 5L));

        documents.update("t1", 1, Updates.inc("count", 5L));

        assertThat(DocValues.longValue(documents.find("t1"), "count")).isEqualTo(5);
    }

    @Test
    void givenNewerUpdateApplied_whenOlderSequenceArrives_thenIgnored() {
        documents.create("t1", 0, new Document("name", "created"));
        documents.update("t1", 2, Updates.set("name", "second"));

        documents.update("t1", 1, Updates.set("name", "first"));

        Document d = documents.find("t1");
        assertThat(d.getString("name")).isEqualTo("second");
        assertThat(DocValues.longValue(d, SequencedDocuments.VERSION)).isEqualTo(2);
    }

    @Test
    void givenNoDocument_whenUpdate_thenNoDocumentIsInvented() {
        documents.update("ghost", 3, Updates.set("name", "ghost"));

        assertThat(documents.find("ghost")).isNull();
        assertThat(documents.collection().countDocuments()).isZero();
    }

    @Test
    void dateAndInstantRoundTripThroughADocument() {
        Instant at = Instant.parse("2025-03-01T12:34:56Z");
        documents.create("t1", 0, new Document("at", DocValues.date(at)).append("none", null));

        Document d = documents.find("t1");
        assertThat(DocValues.instant(d, "at")).isEqualTo(at);
        assertThat(DocValues.instant(d, "none")).isNull();
        assertThat(DocValues.longOrNull(d, "none")).isNull();
        assertThat(DocValues.longValue(d, "missing")).isZero();
    }
}
