package cl.redlim.readmodel.rebuild;

import cl.redlim.readmodel.InMemoryMongo;
import cl.redlim.readmodel.rebuild.DocumentDiff.FieldDifference;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CollectionComparisonTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    @Test
    void fieldOrderDoesNotMatterButTypesAndListOrderDo() {
        Document a = new Document("_id", "1").append("x", 1).append("y", List.of(1, 2));
        Document sameOtherOrder = new Document("y", List.of(1, 2)).append("_id", "1").append("x", 1);
        assertThat(DocumentDiff.between(a, sameOtherOrder)).isEmpty();
        assertThat(DocumentDiff.digest(a)).isEqualTo(DocumentDiff.digest(sameOtherOrder));

        Document longInstead = new Document("_id", "1").append("x", 1L).append("y", List.of(1, 2));
        assertThat(DocumentDiff.between(a, longInstead)).containsExactly(new FieldDifference("x", 1, 1L));
        assertThat(DocumentDiff.digest(a)).isNotEqualTo(DocumentDiff.digest(longInstead));

        Document reordered = new Document("_id", "1").append("x", 1).append("y", List.of(2, 1));
        assertThat(DocumentDiff.between(a, reordered)).extracting(FieldDifference::path).containsExactly("y.0", "y.1");
    }

    @Test
    void differencesAreNamedByFieldPathWithBothValues() {
        Document live = new Document("_id", "app-1").append("status", "AWARDED")
                .append("tranches", List.of(new Document("tranche", 1).append("reportStatus", "PENDING")))
                .append("closedAt", null);
        Document rebuilt = new Document("_id", "app-1").append("status", "AWARDED")
                .append("tranches", List.of(new Document("tranche", 1).append("reportStatus", "ACCEPTED")))
                .append("awardedAt", new Date(0));
        assertThat(DocumentDiff.between(live, rebuilt)).containsExactly(
                new FieldDifference("tranches.0.reportStatus", "PENDING", "ACCEPTED"),
                new FieldDifference("closedAt", null, DocumentDiff.ABSENT),
                new FieldDifference("awardedAt", DocumentDiff.ABSENT, "1970-01-01T00:00:00Z"));
    }

    @Test
    void identicalCollectionsCompareIdentical() {
        MongoDatabase db = mongo.freshDatabase();
        for (int i = 0; i < 50; i++) {
            db.getCollection("live").insertOne(new Document("_id", "d" + i).append("n", i));
            db.getCollection("rebuilt").insertOne(new Document("n", i).append("_id", "d" + i));
        }
        CollectionComparison.Result r = CollectionComparison.compare("live", db.getCollection("live"),
                db.getCollection("rebuilt"), 10);
        assertThat(r.identical()).isTrue();
        assertThat(r.documentsCompared()).isEqualTo(50);
        assertThat(r.firstDifferences()).isEmpty();
    }

    @Test
    void everyDocumentIsReadAcrossPagesWhateverTheTypeOfItsId() {
        MongoDatabase db = mongo.freshDatabase();
        for (int i = 0; i < 12_001; i++) {
            db.getCollection("big").insertOne(new Document("_id", String.format("k%06d", i)));
        }
        db.getCollection("big").insertOne(new Document("_id", 7));
        db.getCollection("big").insertOne(new Document("_id", new org.bson.types.ObjectId()));
        long count = 0;
        for (Document ignored : CollectionComparison.all(db.getCollection("big"))) {
            count++;
        }
        assertThat(count).isEqualTo(12_003);
    }

    @Test
    void aChangedAMissingAndAnExtraDocumentAreReportedUpToTheLimit() {
        MongoDatabase db = mongo.freshDatabase();
        db.getCollection("live").insertMany(List.of(new Document("_id", "same").append("n", 1),
                new Document("_id", "changed").append("n", 1), new Document("_id", "only-live").append("n", 1)));
        db.getCollection("rebuilt").insertMany(List.of(new Document("_id", "same").append("n", 1),
                new Document("_id", "changed").append("n", 2), new Document("_id", "only-rebuilt").append("n", 1)));

        CollectionComparison.Result r = CollectionComparison.compare("c", db.getCollection("live"),
                db.getCollection("rebuilt"), 10);
        assertThat(r.identical()).isFalse();
        assertThat(r.documentsCompared()).isEqualTo(4);
        assertThat(r.documentsDiffering()).isEqualTo(3);
        assertThat(r.firstDifferences()).extracting(CollectionComparison.Difference::id)
                .containsExactlyInAnyOrder("changed", "only-live", "only-rebuilt");
        CollectionComparison.Difference changed = r.firstDifferences().stream()
                .filter(d -> d.id().equals("changed")).findFirst().orElseThrow();
        assertThat(changed.fields()).containsExactly(new FieldDifference("n", 1, 2));

        CollectionComparison.Result limited = CollectionComparison.compare("c", db.getCollection("live"),
                db.getCollection("rebuilt"), 1);
        assertThat(limited.documentsDiffering()).isEqualTo(3);
        assertThat(limited.firstDifferences()).hasSize(1);
    }
}
