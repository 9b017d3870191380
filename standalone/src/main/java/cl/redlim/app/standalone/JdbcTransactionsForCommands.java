package cl.redlim.app.standalone;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Standalone has one transaction manager, the event store's (JDBC, H2), and Axon would give it to every part: the
 * command bus, which needs it (a command's events and its idempotency record commit together), but also every event
 * processor and the query bus, whose work is on MongoDB. There a JDBC transaction does nothing but hold one of the
 * pool's connections for a whole batch of projection writes or a whole query, and commands waited for
 * connections: the profile of drafts at 32 clients showed the request threads parked in the pool most of the time.
 * Processors and queries run without a transaction manager here, as they do in the query-side app, which has no
 * JDBC at all; they still read the event store, each read taking a connection only while it reads.
 */
@Configuration(proxyBeanMethods = false)
class JdbcTransactionsForCommands {

    @Bean
    ConfigurerModule processorsWithoutJdbcTransactions() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultTransactionManager(c -> NoTransactionManager.INSTANCE));
    }

    /** Axon's auto-configured query bus, without the transaction manager (and with its qualifier). */
    @Bean
    @Qualifier("localSegment")
    SimpleQueryBus queryBus(org.axonframework.config.Configuration axon) {
        return SimpleQueryBus.builder()
                .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
                .transactionManager(NoTransactionManager.INSTANCE)
                .errorHandler(axon.getComponent(QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
                .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
                .build();
    }
}
