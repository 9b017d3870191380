package cl.redlim.app.standalone;

import cl.redlim.platform.web.StoreOutage;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.springframework.transaction.CannotCreateTransactionException;

import javax.sql.DataSource;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Axon's JDBC event storage engine on an H2 file. {@code WRITE_DELAY=0} makes H2 write each commit to the file
 * before the commit returns, so a command acknowledged over HTTP survives a {@code kill -9} of the JVM (H2's default
 * delay of 500 ms lost most such events in our tests). It does not fsync: a power cut can still lose the last
 * commits; see docs/adr/0002-durable-h2.md.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreOnH2 {

    @Bean
    DataSource dataSource(DataFolder folder, @Value("${redlim.h2.options:WRITE_DELAY=0}") String options,
                          @Value("${redlim.h2.pool-size:8}") int poolSize,
                          @Value("${redlim.h2.connection-timeout:10s}") java.time.Duration connectionTimeout) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:file:" + folder.resolve("events") + ";DB_CLOSE_ON_EXIT=FALSE;" + options);
        dataSource.setUsername("sa");
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setPoolName("redlim-events");
        // commands run in the request's thread: when the store cannot give a connection, answer 503 within the
        // command timeout rather than hold the request for Hikari's default 30 s
        dataSource.setConnectionTimeout(connectionTimeout.toMillis());
        dataSource.setExceptionOverrideClassName(ClosedH2Connections.class.getName());
        return dataSource;
    }

    /** No connection to the event store (closed, locked, pool exhausted): commands answer 503, not 500. */
    @Bean
    StoreOutage eventStoreOutage() {
        return failure -> failure instanceof CannotCreateTransactionException
                || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException;
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager) {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .build();
        engine.createSchema(new H2EventTableFactory());
        return engine;
    }
}
