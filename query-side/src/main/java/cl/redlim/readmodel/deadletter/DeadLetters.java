package cl.redlim.readmodel.deadletter;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What administrators see of the dead-letter queues, and their retries. A letter is named by its group and its
 * event's identifier. A retry hands the first letter of an aggregate's sequence back to the group's handlers, in the
 * caller's thread, and on success the letters behind it too, in order; a letter that fails again stays, with its
 * new cause.
 */
@Component
public class DeadLetters {

    private final ObjectProvider<Configuration> axon;
    private final DeadLetterQueues queues;

    DeadLetters(ObjectProvider<Configuration> axon, DeadLetterQueues queues) {
        this.axon = axon;
        this.queues = queues;
    }

    /** One parked event: where it belongs, what it is, and why it failed last. */
    public record DeadLetterView(String group, String id, String eventType, String aggregateType, String aggregateId,
                                 Long aggregateSequence, Instant eventTimestamp, int positionInSequence,
                                 boolean retryable, Instant enqueuedAt, Instant lastTouched, String causeType,
                                 String causeMessage) {
    }

    /** What a retry did: whether the letter (and those behind it) were processed, else the letter as it now is. */
    public record RetryView(String group, String id, boolean processed, DeadLetterView deadLetter) {
    }

    /** Every dead letter of every group, group by group and aggregate by aggregate, oldest first. */
    public List<DeadLetterView> all() {
        List<DeadLetterView> views = new ArrayList<>();
        for (String group : queues.groups()) {
            views.addAll(of(group));
        }
        return views;
    }

    /** The dead letters of one group. */
    public List<DeadLetterView> of(String group) {
        List<DeadLetterView> views = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(group).deadLetters()) {
            int position = 0;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                views.add(view(group, letter, position++));
            }
        }
        return views;
    }

    /** Retries the letter, which must be the first of its sequence. */
    public RetryView retry(String group, String id) {
        DeadLetterView letter = find(group, id);
        if (!letter.retryable()) {
            throw new DomainException(ErrorCode.DEAD_LETTER_NOT_FIRST, "Letter " + id + " waits behind "
                    + letter.positionInSequence() + " earlier letter(s) of aggregate " + letter.aggregateId()
                    + "; retry the first one");
        }
        SequencedDeadLetterProcessor<EventMessage<?>> processor = axon.getObject().eventProcessingConfiguration()
                .sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new IllegalStateException("No dead-letter processor for group " + group));
        boolean processed = processor.process(l -> l.message().getIdentifier().equals(id));
        DeadLetterView now = of(group).stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
        return new RetryView(group, id, processed && now == null, now);
    }

    private DeadLetterView find(String group, String id) {
        return of(group).stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND,
                        "No dead letter " + id + " in group " + group));
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        if (!queues.groups().contains(group)) {
            throw new DomainException(ErrorCode.UNKNOWN_READ_MODEL, "No read-model group " + group
                    + " with a dead-letter queue; the groups are " + queues.groups());
        }
        return axon.getObject().eventProcessingConfiguration().deadLetterQueue(group)
                .orElseThrow(() -> new IllegalStateException("No dead-letter queue for group " + group));
    }

    private static DeadLetterView view(String group, DeadLetter<? extends EventMessage<?>> letter, int position) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        return new DeadLetterView(group, event.getIdentifier(), event.getPayloadType().getName(),
                domain == null ? null : domain.getType(), domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), event.getTimestamp(), position, position == 0,
                letter.enqueuedAt(), letter.lastTouched(),
                letter.cause().map(c -> c.type()).orElse(null), letter.cause().map(c -> c.message()).orElse(null));
    }
}
