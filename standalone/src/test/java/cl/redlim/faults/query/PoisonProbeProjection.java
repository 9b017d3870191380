package cl.redlim.faults.query;

import cl.redlim.fund.api.FundCallClosedEvent;
import cl.redlim.fund.api.FundCallPublishedEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A test-only read model with a bug: it throws on a fund call whose title holds {@code POISON}, until the test
 * {@linkplain #fix() fixes} it, as a deployment with the fix would. Only with {@code redlim.test.poison-probe=true}.
 */
@Component
@ConditionalOnProperty(name = "redlim.test.poison-probe", havingValue = "true")
@ProcessingGroup(PoisonProbeProjection.GROUP)
public class PoisonProbeProjection {

    public static final String GROUP = "test-poison-probe";
    public static final String COLLECTION = "test_poison_probe";

    private final MongoCollection<Document> probe;
    private final AtomicBoolean buggy = new AtomicBoolean(true);

    PoisonProbeProjection(MongoDatabase readModelDatabase) {
        this.probe = readModelDatabase.getCollection(COLLECTION);
    }

    public void fix() {
        buggy.set(false);
    }

    @EventHandler
    void on(FundCallPublishedEvent event) {
        if (buggy.get() && event.terms().title().contains("POISON")) {
            throw new IllegalStateException("The probe cannot handle call " + event.callId());
        }
        probe.updateOne(Filters.eq("_id", event.callId()), Updates.set("title", event.terms().title()),
                new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(FundCallClosedEvent event) {
        probe.updateOne(Filters.eq("_id", event.callId()), Updates.set("closed", true), new UpdateOptions().upsert(true));
    }
}
