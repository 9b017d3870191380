package cl.redlim.platform.axon;

import cl.redlim.access.api.Actor;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every event records of its origin: who (principal, role, client, scope), the correlation id of the request
 * that started the chain, and the id of the message that directly caused it. Replaces Axon's default
 * {@code MessageOriginProvider}, whose key names meant something else.
 */
@Component
public class CausationCorrelation implements CorrelationDataProvider {

    private static final List<String> COPIED = List.of(Actor.PRINCIPAL, Actor.ROLE, Actor.CLIENT, Actor.COMMUNES,
            Actor.REGIONS, MetaDataKeys.CORRELATION_ID);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : COPIED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.putIfAbsent(MetaDataKeys.CORRELATION_ID, message.getIdentifier());
        data.put(MetaDataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
