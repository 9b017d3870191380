package cl.redlim.readmodel.rebuild;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionFactoryTest {

    static class Store {
        final MongoCollection<Document> items;

        Store(MongoDatabase db) {
            items = db.getCollection("store_items");
        }
    }

    static class Projection {
        final Store store;
        final MongoCollection<Document> own;
        final Clock clock;

        Projection(MongoDatabase db, Store store, Clock clock) {
            this.own = db.getCollection("own");
            this.store = store;
            this.clock = clock;
        }
    }

    static class TakesAClient {
        TakesAClient(MongoClient client) {
        }
    }

    @Test
    void aFreshInstanceGetsTheGivenDatabaseAlsoThroughItsStoresAndTheOtherBeansFromSpring() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        beans.registerSingleton("clock", clock);
        Set<String> opened = new LinkedHashSet<>();

        Projection p = (Projection) new ProjectionFactory(beans).create(Projection.class,
                ShadowDatabase.recording(opened));

        assertThat(opened).containsExactly("store_items", "own");
        assertThat(p.clock).isSameAs(clock);
        assertThat(ProjectionFactory.needsDatabase(Store.class)).isTrue();
        assertThat(ProjectionFactory.refusal(Projection.class)).isNull();
    }

    @Test
    void aClassThatTakesTheClientItselfCannotBeRedirected() {
        assertThat(ProjectionFactory.refusal(TakesAClient.class)).contains("MongoClient");
    }
}
