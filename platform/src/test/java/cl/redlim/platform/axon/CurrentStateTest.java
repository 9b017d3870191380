package cl.redlim.platform.axon;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentStateTest {

    record Counted(String id) {
    }

    record Renamed(String id, String name) {
    }

    static class Counter {
        @AggregateIdentifier
        private String id;
        private int count;

        Counter() {
        }

        @EventSourcingHandler
        void on(Counted event) {
            id = event.id();
            count++;
        }
    }

    private Configuration axon;
    private final AtomicInteger replays = new AtomicInteger();
    private CurrentState<Counter, Integer> counters;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .buildConfiguration();
        axon.start();
        counters = new CurrentState<>(() -> axon, Counter.class, Counter::new, c -> {
            replays.incrementAndGet();
            return c.count;
        }, 10);
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private void append(String type, String id, long sequence, Object payload) {
        axon.eventStore().publish(new GenericDomainEventMessage<>(type, id, sequence, payload));
    }

    @Test
    void answersTheStateAsOfTheLastEventAndReplaysOnlyWhenThereIsANewOne() {
        assertThat(counters.find("c-1")).isEmpty();
        append("Counter", "c-1", 0, new Counted("c-1"));
        append("Counter", "c-1", 1, new Counted("c-1"));

        assertThat(counters.find("c-1")).contains(2);
        assertThat(counters.find("c-1")).contains(2);
        assertThat(replays).as("the second read is answered from the kept view").hasValue(1);

        append("Counter", "c-1", 2, new Counted("c-1"));
        assertThat(counters.find("c-1")).contains(3);
        assertThat(replays).hasValue(2);
    }

    @Test
    void anotherKindOfAggregateUnderTheIdIsNotThere() {
        append("Document", "d-1", 0, new Renamed("d-1", "Decreto"));

        assertThat(counters.find("d-1")).isEmpty();
        assertThat(replays).hasValue(0);
    }
}
