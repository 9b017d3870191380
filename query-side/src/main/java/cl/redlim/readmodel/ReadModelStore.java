package cl.redlim.readmodel;

import cl.redlim.platform.web.StoreOutage;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MongoDB holds the read models and the tracking tokens, through the plain MongoDB driver. Boot's client
 * configuration supplies the {@link MongoClient}: a URI in production, the embedded server in standalone.
 */
@Configuration(proxyBeanMethods = false)
public class ReadModelStore {

    @Bean
    public MongoDatabase readModelDatabase(MongoClient client, @Value("${redlim.mongo.database:redlim}") String name) {
        return client.getDatabase(name);
    }

    /** axon-mongo has no Boot auto-configuration: its token store is wired here. */
    @Bean
    public TokenStore tokenStore(MongoClient client, Serializer serializer,
                                 @Value("${redlim.mongo.database:redlim}") String name) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, name).build())
                .serializer(serializer)
                .build();
    }

    /** The read-model store cannot be reached (down, restarting, no primary): queries answer 503, not 500. */
    @Bean
    StoreOutage readModelStoreOutage() {
        return failure -> failure instanceof MongoTimeoutException || failure instanceof MongoSocketException
                || failure instanceof MongoNotPrimaryException || failure instanceof MongoNodeIsRecoveringException;
    }

    @Bean
    HealthIndicator readModels(MongoDatabase readModelDatabase) {
        return () -> {
            try {
                readModelDatabase.runCommand(new Document("ping", 1));
                return Health.up().withDetail("database", readModelDatabase.getName()).build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
            }
        };
    }
}
