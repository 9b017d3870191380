package cl.redlim.audit.command;

import org.axonframework.messaging.annotation.AnnotatedMessageHandlingMemberDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.MultiHandlerDefinition;
import org.axonframework.messaging.annotation.MultiHandlerEnhancerDefinition;
import org.axonframework.messaging.timeout.HandlerTimeoutConfiguration;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayableAggregatesTest {

    @Test
    void theReplayModelKeepsEveryHandlerEnhancementButTheTimeouts() throws Exception {
        HandlerTimeoutConfiguration timeouts = new HandlerTimeoutConfiguration();
        timeouts.getEvents().setTimeoutMs(10_000);
        timeouts.getEvents().setWarningThresholdMs(5_000);
        HandlerDefinition configured = MultiHandlerDefinition.ordered(
                List.of(new AnnotatedMessageHandlingMemberDefinition()),
                MultiHandlerEnhancerDefinition.ordered(new HandlerTimeoutHandlerEnhancerDefinition(timeouts)));
        var method = Ledger.class.getDeclaredMethod("on", Ledger.Opened.class);
        var factory = ClasspathParameterResolverFactory.forClass(Ledger.class);

        MessageHandlingMember<Ledger> live = configured.createHandler(Ledger.class, method, factory).orElseThrow();
        MessageHandlingMember<Ledger> replay = ReplayableAggregates.withoutTimeouts(configured)
                .createHandler(Ledger.class, method, factory).orElseThrow();

        assertThat(live.getClass().getSimpleName()).isEqualTo("TimeoutWrappedMessageHandlingMember");
        assertThat(replay.getClass().getSimpleName()).isEqualTo("AnnotatedMessageHandlingMember");
    }
}
