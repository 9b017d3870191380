package cl.redlim.audit.command;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The replay service, on the command side: it holds the aggregate classes and reads the event store. */
@Configuration(proxyBeanMethods = false)
class AuditHistoryConfiguration {

    @Bean
    AggregateStateRenderer aggregateStateRenderer() {
        return new AggregateStateRenderer();
    }

    @Bean
    ReplayableAggregates replayableAggregates(org.axonframework.config.Configuration axon) {
        return new ReplayableAggregates(axon);
    }

    @Bean
    AggregateHistory aggregateHistory(org.axonframework.config.Configuration axon, ReplayableAggregates aggregates,
                                      AggregateStateRenderer renderer, Clock clock) {
        return new AggregateHistory(axon, aggregates, renderer, clock);
    }
}
