package cl.redlim.certification.command;

import cl.redlim.certification.api.CertificateRevokedEvent;
import cl.redlim.certification.api.StatusListId;
import cl.redlim.certification.credential.RevocationList;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Sets a revoked certificate's bit in the published revocation list (Bitstring Status List). The events are the
 * source of truth, the registry file is a cache of them: this processor keeps its token in memory, so at every start
 * it reads the stream from the beginning and sets every revoked bit again. Setting a bit twice is setting it once,
 * so a replay changes nothing, and a lost or missing registry file is rebuilt at the next start.
 * <p>
 * The bit is set shortly after the revocation is stored (a tracking processor, not the revoking unit of work): the
 * published list may lag a revocation by moments; the certification aggregate refuses the revoked certificate at
 * once.
 */
@Component
@ProcessingGroup(RevocationListPolicy.GROUP)
class RevocationListPolicy {

    static final String GROUP = "certification-revocation-list";
    private static final Logger log = LoggerFactory.getLogger(RevocationListPolicy.class);

    private final RevocationList revocations;

    RevocationListPolicy(RevocationList revocations) {
        this.revocations = revocations;
    }

    @EventHandler
    void on(CertificateRevokedEvent event) {
        if (!StatusListId.of(StatusLists.CURRENT).equals(event.statusListId())) {
            // only one list is published today (Certification refuses to sign into another); never reached
            log.error("Revocation of {} names status list {}, which is not published", event.credentialId(),
                    event.statusListId());
            return;
        }
        revocations.revoke(Math.toIntExact(event.statusListIndex()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Wiring {
        /** A tracking processor whose token lives in memory: it sets every revoked bit again at each start. */
        @Bean
        ConfigurerModule revocationListProcessor() {
            return configurer -> configurer.eventProcessing(processing -> processing
                    .registerTrackingEventProcessor(GROUP)
                    .registerTokenStore(GROUP, c -> new InMemoryTokenStore()));
        }
    }
}
