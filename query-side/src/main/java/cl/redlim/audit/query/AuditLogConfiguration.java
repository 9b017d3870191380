package cl.redlim.audit.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.mongodb.client.MongoDatabase;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The verifiable log, from {@code redlim.audit.*}: {@code log-key} (Base64 PKCS#8 Ed25519, e.g. a secret) or
 * {@code log-key-file} (default {@code audit/log-key.pk8} in the data folder, generated on first start),
 * {@code tree-head-interval} (default one minute) and {@code appender-batch-size}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditLogConfiguration {

    @Bean
    MerkleLogStore merkleLogStore(MongoDatabase readModelDatabase) {
        return new MerkleLogStore(readModelDatabase);
    }

    /** Production reads Axon Server; the standalone app brings its own reader of the JDBC table. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "axon.axonserver.enabled",
            matchIfMissing = true)
    StoredEvents axonServerStoredEvents(org.axonframework.axonserver.connector.AxonServerConnectionManager connections) {
        return new AxonServerStoredEvents(connections);
    }

    @Bean
    LogKey logKey(@Value("${redlim.audit.log-key:}") String key, @Value("${redlim.audit.log-key-file:}") String file,
                  @Value("${redlim.data-dir:./data}") String dataDir) {
        if (!key.isBlank()) {
            return LogKey.of(key);
        }
        return LogKey.inFile((file.isBlank() ? Path.of(dataDir, "audit", "log-key.pk8") : Path.of(file))
                .toAbsolutePath().normalize());
    }

    @Bean
    LogAppender logAppender(EventStore eventStore, StoredEvents storedEvents, MerkleLogStore log,
                            MongoDatabase readModelDatabase, Serializer serializer, Clock clock,
                            @Value("${redlim.audit.appender-batch-size:1000}") int batchSize) {
        return new LogAppender(eventStore, storedEvents, log, readModelDatabase, serializer, clock, batchSize);
    }

    @Bean
    TreeHeads treeHeads(MerkleLogStore log, LogKey key, Clock clock, MongoDatabase readModelDatabase) {
        return new TreeHeads(log, key, clock, readModelDatabase);
    }

    @Bean
    AuditFeed auditFeed(MerkleLogStore log, StoredEvents storedEvents) {
        return new AuditFeed(log, storedEvents);
    }
}
