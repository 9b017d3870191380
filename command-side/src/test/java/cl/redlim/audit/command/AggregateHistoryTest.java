package cl.redlim.audit.command;

import cl.redlim.audit.command.StateChanges.FieldChange;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.platform.axon.CausationCorrelation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The replay service against a real Axon configuration (in-memory event store): the state at each instant equals the
 * state the aggregate had, as Axon's own repository loads it, right after the event of that instant was applied.
 */
class AggregateHistoryTest {

    private static final Instant T0 = Instant.parse("2027-03-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2027-06-01T00:00:00Z");
    private static final Map<String, String> ANA = Map.of("principal", "ana.rojas", "role", "fund-officer",
            "client", "Oficina del FIM", "correlationId", "req-1");

    private final AggregateStateRenderer renderer = new AggregateStateRenderer();
    private final MovableClock eventClock = new MovableClock(T0);
    private Configuration axon;
    private AggregateHistory history;

    @BeforeEach
    void start() {
        // events take their timestamp from this clock: each step below happens an hour after the previous one
        GenericEventMessage.clock = eventClock;
        axon = DefaultConfigurer.defaultConfiguration(false) // no Axon Server connector
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureEventSerializer(c -> JacksonSerializer.builder()
                        .objectMapper(JsonMapper.builder().findAndAddModules().build()).build())
                .configureCorrelationDataProviders(c -> List.of(new CausationCorrelation()))
                .registerComponent(Ledger.EntryRules.class, c -> new Ledger.EntryRules())
                .configureAggregate(Ledger.class)
                .buildConfiguration();
        axon.start();
        history = new AggregateHistory(axon, new ReplayableAggregates(axon), renderer, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
        GenericEventMessage.clock = Clock.systemUTC();
    }

    /** A step of the ledger's life: the instant of its event, and the state Axon's repository loaded right after. */
    private record Step(Instant at, JsonNode live) {
    }

    private Step send(Object command) {
        eventClock.advance(Duration.ofHours(1));
        axon.commandGateway().sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ANA));
        return new Step(eventClock.instant(), live("L-1"));
    }

    private JsonNode live(String id) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            return axon.repository(Ledger.class).load(id).invoke(renderer::render);
        } finally {
            unitOfWork.rollback();
        }
    }

    private List<Step> aLedgersLife() {
        List<Step> steps = new ArrayList<>();
        steps.add(send(new Ledger.Open("L-1", "Caja chica", T0)));
        steps.add(send(new Ledger.Add("L-1", "e1", 100, "gastos")));
        steps.add(send(new Ledger.Add("L-1", "e2", 250, "viáticos")));
        steps.add(send(new Ledger.Correct("L-1", "e1", 120)));
        steps.add(send(new Ledger.Close("L-1")));
        return steps;
    }

    @Nested
    class StateAsOf {

        @Test
        void theStateAtEachEventsInstantIsTheStateTheAggregateHadWhenThatEventWasApplied() {
            List<Step> steps = aLedgersLife();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                AggregateState at = history.state("L-1", step.at().toString(), null);
                assertThat(at.state()).as("state at " + step.at()).isEqualTo(step.live());
                assertThat(at.version()).isEqualTo(i);
                assertThat(at.lastEventTimestamp()).isEqualTo(step.at());
                assertThat(at.aggregateType()).isEqualTo("Ledger");
                // any instant until the next event shows the same state
                AggregateState later = history.state("L-1", step.at().plus(Duration.ofMinutes(59)).toString(), null);
                assertThat(later.state()).isEqualTo(step.live());
                assertThat(later.at()).isEqualTo(step.at().plus(Duration.ofMinutes(59)));
                assertThat(history.state("L-1", null, (long) i).state()).isEqualTo(step.live());
            }
            // the states differ from each other: the comparison above could fail
            assertThat(steps.stream().map(Step::live).distinct()).hasSize(steps.size());
        }

        @Test
        void membersAreReplayedThroughTheirOwnHandlers() {
            List<Step> steps = aLedgersLife();
            JsonNode beforeCorrection = history.state("L-1", steps.get(2).at().toString(), null).state();
            JsonNode afterCorrection = history.state("L-1", steps.get(3).at().toString(), null).state();
            assertThat(beforeCorrection.at("/entries/0/amount").asLong()).isEqualTo(100);
            assertThat(afterCorrection.at("/entries/0/amount").asLong()).isEqualTo(120);
            assertThat(afterCorrection.at("/entries/0/corrections").asInt()).isEqualTo(1);
            assertThat(afterCorrection.at("/entries/1/entryId").asText()).isEqualTo("e2");
            assertThat(afterCorrection.at("/entries/1/amount").asLong()).isEqualTo(250);
            assertThat(afterCorrection.at("/entries/1/corrections").asInt()).isZero();
            assertThat(afterCorrection.at("/openedBy").asText()).isEqualTo("ana.rojas");
            assertThat(afterCorrection.at("/closed").asBoolean()).isFalse();
        }

        @Test
        void withoutAnInstantTheStateIsTodays() {
            List<Step> steps = aLedgersLife();
            AggregateState now = history.state("L-1", null, null);
            assertThat(now.state()).isEqualTo(steps.get(4).live());
            assertThat(now.at()).isEqualTo(NOW);
            assertThat(now.version()).isEqualTo(4);
        }

        @Test
        void beforeItsFirstEventTheAggregateDidNotExist() {
            List<Step> steps = aLedgersLife();
            refused(() -> history.state("L-1", steps.get(0).at().minusNanos(1).toString(), null),
                    ErrorCode.AGGREGATE_NOT_YET_CREATED);
        }

        @Test
        void aSnapshotIsNeverUsed() {
            List<Step> steps = aLedgersLife();
            // a snapshot that lies: were it read, the title would change
            axon.eventStore().storeSnapshot(new GenericDomainEventMessage<>("Ledger", "L-1", 4,
                    new Ledger.Opened("L-1", "SNAPSHOT", "mallory", T0)));
            assertThat(history.state("L-1", null, null).state()).isEqualTo(steps.get(4).live());
            assertThat(history.state("L-1", null, null).state().get("title").asText()).isEqualTo("Caja chica");
        }

        @Test
        void anUnknownAggregateOrSequenceIsNotFound() {
            aLedgersLife();
            refused(() -> history.state("nobody", null, null), ErrorCode.NOT_FOUND);
            refused(() -> history.state("L-1", null, 5L), ErrorCode.NOT_FOUND);
        }

        @Test
        void tenThousandEventsAreReplayedQuickly() {
            List<DomainEventMessage<?>> events = new ArrayList<>();
            events.add(new GenericDomainEventMessage<>("Ledger", "BIG", 0, new Ledger.Opened("BIG", "Big", "x", T0)));
            // ten entries, then corrections: Axon offers each event to every member, so members stay few, as in
            // RedLIM's aggregates
            for (int i = 1; i < 10_000; i++) {
                events.add(new GenericDomainEventMessage<>("Ledger", "BIG", i, i <= 10
                        ? new Ledger.Added("BIG", "e" + i, i, "t" + (i % 7))
                        : new Ledger.Corrected("BIG", "e" + (i % 10 + 1), i)));
            }
            axon.eventStore().publish(events);
            for (int warmUp = 0; warmUp < 5; warmUp++) {
                history.state("BIG", null, null);
            }
            long best = Long.MAX_VALUE;
            AggregateState state = null;
            for (int run = 0; run < 5; run++) {
                long started = System.nanoTime();
                state = history.state("BIG", null, null);
                best = Math.min(best, System.nanoTime() - started);
            }
            System.out.printf("As-of state of an aggregate of 10,000 events (in-memory store, rendered): best of 5 "
                    + "%.1f ms%n", best / 1e6);
            assertThat(state.version()).isEqualTo(9_999);
            assertThat(state.state().get("entries")).hasSize(10);
            assertThat(state.state().at("/entries/9/amount").asLong()).isEqualTo(9_999);
            assertThat(state.state().at("/entries/0/corrections").asInt()).isEqualTo(998);
        }
    }

    @Nested
    class Changes {

        @Test
        void betweenTwoInstantsTheChangedFieldsAndTheEventsInBetween() {
            List<Step> steps = aLedgersLife();
            StateChanges changes = history.changes("L-1", steps.get(1).at().toString(), steps.get(3).at().toString());
            assertThat(changes.fromVersion()).isEqualTo(1);
            assertThat(changes.toVersion()).isEqualTo(3);
            assertThat(changes.before()).isEqualTo(steps.get(1).live());
            assertThat(changes.after()).isEqualTo(steps.get(3).live());
            assertThat(changes.events()).extracting(RecordedEvent::sequence).containsExactly(2L, 3L);
            assertThat(changes.changes()).extracting(FieldChange::path).containsExactlyInAnyOrder(
                    "/tags/1", "/entries/0/amount", "/entries/0/corrections", "/entries/1");
            FieldChange amount = changes.changes().stream().filter(c -> c.path().equals("/entries/0/amount"))
                    .findFirst().orElseThrow();
            assertThat(amount.before().asLong()).isEqualTo(100);
            assertThat(amount.after().asLong()).isEqualTo(120);
            FieldChange added = changes.changes().stream().filter(c -> c.path().equals("/entries/1"))
                    .findFirst().orElseThrow();
            assertThat(added.before()).isNull();
            assertThat(added.after().get("entryId").asText()).isEqualTo("e2");
        }

        @Test
        void fromBeforeTheFirstEventTheBeforeStateIsNull() {
            List<Step> steps = aLedgersLife();
            StateChanges changes = history.changes("L-1", T0.toString(), steps.get(0).at().toString());
            assertThat(changes.before()).isNull();
            assertThat(changes.fromVersion()).isNull();
            assertThat(changes.events()).hasSize(1);
            assertThat(changes.changes()).extracting(FieldChange::path).contains("/ledgerId", "/title", "/openedAt");
            assertThat(changes.changes()).allSatisfy(c -> assertThat(c.before()).isNull());
        }

        @Test
        void untilTheFirstEventNothingExistsToCompare() {
            aLedgersLife();
            refused(() -> history.changes("L-1", T0.minusSeconds(60).toString(), T0.toString()),
                    ErrorCode.AGGREGATE_NOT_YET_CREATED);
        }

        @Test
        void anEmptyIntervalChangesNothing() {
            List<Step> steps = aLedgersLife();
            String at = steps.get(2).at().toString();
            StateChanges changes = history.changes("L-1", at, at);
            assertThat(changes.changes()).isEmpty();
            assertThat(changes.events()).isEmpty();
        }
    }

    @Nested
    class Events {

        @Test
        void inOrderPagedWithWhoDidIt() {
            aLedgersLife();
            EventPage first = history.events("L-1", 0, 2);
            assertThat(first.events()).extracting(RecordedEvent::sequence).containsExactly(0L, 1L);
            assertThat(first.next()).isEqualTo("/api/v1/audit/aggregates/L-1/events?fromSequence=2&limit=2");
            assertThat(first.aggregateType()).isEqualTo("Ledger");
            EventPage last = history.events("L-1", 4, 2);
            assertThat(last.events()).extracting(RecordedEvent::sequence).containsExactly(4L);
            assertThat(last.next()).isNull();
            assertThat(history.events("L-1", 5, 2).events()).isEmpty();

            RecordedEvent opened = first.events().get(0);
            assertThat(opened.type()).isEqualTo(Ledger.Opened.class.getName());
            assertThat(opened.timestamp()).isEqualTo(T0.plus(Duration.ofHours(1)));
            assertThat(opened.payload().get("title").asText()).isEqualTo("Caja chica");
            assertThat(opened.principal()).isEqualTo("ana.rojas");
            assertThat(opened.role()).isEqualTo("fund-officer");
            assertThat(opened.client()).isEqualTo("Oficina del FIM");
            assertThat(opened.correlationId()).isEqualTo("req-1");
            assertThat(opened.causationId()).isNotBlank().isNotEqualTo(opened.eventId());
            assertThat(opened.metaData()).containsEntry("principal", "ana.rojas").containsKey("causationId");
        }

        @Test
        void anUnknownAggregateIsNotFound() {
            refused(() -> history.events("nobody", 0, 10), ErrorCode.NOT_FOUND);
            refused(() -> history.events("nobody", 3, 10), ErrorCode.NOT_FOUND);
            refused(() -> history.changes("nobody", T0.toString(), null), ErrorCode.NOT_FOUND);
        }
    }

    @Nested
    class BadParameters {

        @Test
        void areRefusedAsValidationFailures() {
            aLedgersLife();
            refused(() -> history.events("L-1", -1, 10), ErrorCode.VALIDATION_FAILED);
            refused(() -> history.events("L-1", 0, 0), ErrorCode.VALIDATION_FAILED);
            refused(() -> history.events("L-1", 0, 1001), ErrorCode.VALIDATION_FAILED);
            refused(() -> history.events("x".repeat(201), 0, 10), ErrorCode.VALIDATION_FAILED);
            refused(() -> history.state("L-1", "yesterday", null), ErrorCode.VALIDATION_FAILED);
            refused(() -> history.state("L-1", "2027-03-01", null), ErrorCode.VALIDATION_FAILED);
            refused(() -> history.state("L-1", "2027-03-01T10:00:00Z", 2L), ErrorCode.VALIDATION_FAILED);
            refused(() -> history.state("L-1", null, -1L), ErrorCode.VALIDATION_FAILED);
            refused(() -> history.changes("L-1", "2027-03-02T00:00:00Z", "2027-03-01T00:00:00Z"),
                    ErrorCode.VALIDATION_FAILED);
            refused(() -> history.changes("L-1", "", null), ErrorCode.VALIDATION_FAILED);
            refused(() -> history.changes("L-1", "2027-03-01T00:00:00Z", "soon"), ErrorCode.VALIDATION_FAILED);
            assertThat(history.events("L-1", 0, 1000).events()).hasSize(5);
        }

        @Test
        void anInstantMayCarryAnOffset() {
            List<Step> steps = aLedgersLife();
            String chile = steps.get(1).at().atOffset(ZoneOffset.ofHours(-3)).toString();
            assertThat(history.state("L-1", chile, null).state()).isEqualTo(steps.get(1).live());
        }
    }

    private static void refused(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
