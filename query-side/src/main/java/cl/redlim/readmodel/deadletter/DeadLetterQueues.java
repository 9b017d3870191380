package cl.redlim.readmodel.deadletter;

import com.mongodb.client.MongoClient;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every read-model processing group parks an event its projection cannot handle in a dead-letter queue, instead of
 * logging it and moving on (the read model would silently miss it) or retrying it for ever (the group would stop).
 * Axon's sequenced queue also parks the later events of the same aggregate behind it, so a read model never applies
 * them out of order, while the other aggregates' events keep flowing.
 * <p>
 * The queue is axon-mongo's {@link MongoSequencedDeadLetterQueue}, in the read-model database next to the tracking
 * tokens: the same store in both topologies (MongoDB in production, the embedded server in standalone), so a dead
 * letter lives and dies with the read model it belongs to. Command-side policies (they send commands) keep Axon's
 * default handling: they are not read models.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterQueues {

    /** The collection of the dead letters of every group (axon-mongo's default name). */
    public static final String COLLECTION = "deadletters";
    /** Projections live in the contexts' query packages, as {@code redlim.rebuild.handler-package} says. */
    private static final Pattern QUERY_PACKAGE = Pattern.compile("cl\\.redlim\\.[a-z]+\\.query(\\..+)?");

    private final Set<String> groups = new TreeSet<>();

    @Autowired
    void register(EventProcessingConfigurer processing, ListableBeanFactory beans, MongoClient client,
                  @Value("${redlim.mongo.database:redlim}") String database) {
        groups.addAll(readModelGroups(beans));
        DefaultMongoTemplate template = DefaultMongoTemplate.builder().mongoDatabase(client, database).build();
        processing.registerDeadLetterQueueProvider(group -> groups.contains(group)
                ? config -> MongoSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .mongoTemplate(template)
                        .serializer(config.eventSerializer())
                        .build()
                : null);
        // remembers which aggregates have letters, so that an event of any other aggregate (nearly every event)
        // costs no look-up in the queue
        groups.forEach(group -> processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                (config, builder) -> builder.enableSequenceIdentifierCache()));
        // The token store (MongoDB) takes part in no transaction. With a transaction manager (standalone has the H2
        // one) Axon's tracking processor stores a batch's token BEFORE handling the batch, counting on one
        // transaction for both: a kill -9 in between skipped the batch's events for good (the crash trials found
        // read-model documents missing after a restart). Without one, the token is stored after the handlers, so
        // a crash at worst repeats events, which every projection's idempotent writes absorb.
        groups.forEach(group -> processing.registerTransactionManager(group, config -> NoTransactionManager.instance()));
    }

    /** The processing groups that have a dead-letter queue. */
    public Set<String> groups() {
        return Set.copyOf(groups);
    }

    private static Set<String> readModelGroups(ListableBeanFactory beans) {
        Set<String> found = new TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            Class<?> type = beans.getType(name, false);
            if (type == null || !QUERY_PACKAGE.matcher(type.getPackageName()).matches()) {
                continue;
            }
            ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class);
            if (group != null) {
                found.add(group.value());
            }
        }
        return found;
    }
}
