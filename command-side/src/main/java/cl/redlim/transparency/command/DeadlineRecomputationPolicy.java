package cl.redlim.transparency.command;

import cl.redlim.transparency.api.AccessRequestAnsweredEvent;
import cl.redlim.transparency.api.AccessRequestReceivedEvent;
import cl.redlim.transparency.api.AccessRequestTransferredEvent;
import cl.redlim.transparency.api.HolidayRegisteredEvent;
import cl.redlim.transparency.api.RecomputeAccessRequestDeadlineCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When an administrator registers a holiday, every open request recomputes its deadline (and records the move as
 * an event when there is one). The set of open requests is rebuilt from the event stream at every start: the
 * processor keeps its token in memory, so it reads the stream from the beginning. Replaying an old registration
 * sends recomputations that change nothing, since a request only moves when its calendar version is behind. A
 * request received while a registration was being written (its event carries the older calendar version) is
 * recomputed when the policy sees it.
 */
@Component
@ProcessingGroup(DeadlineRecomputationPolicy.GROUP)
class DeadlineRecomputationPolicy {

    static final String GROUP = "transparency-deadline-recomputation";
    private static final Logger log = LoggerFactory.getLogger(DeadlineRecomputationPolicy.class);

    private final CommandGateway commands;
    private final Set<String> open = ConcurrentHashMap.newKeySet();
    private volatile HolidayRegisteredEvent latest;

    DeadlineRecomputationPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(AccessRequestReceivedEvent event) {
        open.add(event.requestId());
        HolidayRegisteredEvent holiday = latest;
        if (holiday != null && event.calendarVersion() < holiday.calendarVersion()) {
            recompute(event.requestId(), holiday);
        }
    }

    @EventHandler
    void on(AccessRequestAnsweredEvent event) {
        open.remove(event.requestId());
    }

    @EventHandler
    void on(AccessRequestTransferredEvent event) {
        open.remove(event.requestId());
    }

    @EventHandler
    void on(HolidayRegisteredEvent event) {
        latest = event;
        open.forEach(id -> recompute(id, event));
    }

    private void recompute(String requestId, HolidayRegisteredEvent holiday) {
        String reason = "Holiday registered: " + holiday.date() + " " + holiday.name() + " (" + holiday.legalSource()
                + ")";
        commands.send(new RecomputeAccessRequestDeadlineCommand(requestId, reason, holiday.registeredAt()))
                .exceptionally(e -> {
                    log.warn("Could not recompute the deadline of access request {}: {}", requestId, e.getMessage());
                    return null;
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class Wiring {
        /** A tracking processor whose token lives in memory: it rebuilds the open set from the stream at start. */
        @Bean
        ConfigurerModule deadlineRecomputationProcessor() {
            return configurer -> configurer.eventProcessing(processing -> processing
                    .registerTrackingEventProcessor(GROUP)
                    .registerTokenStore(GROUP, c -> new InMemoryTokenStore()));
        }
    }
}
