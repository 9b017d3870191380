package cl.redlim.certification.command;

import cl.redlim.access.api.Actor;
import cl.redlim.certification.api.CertificatesDueForExpiryView;
import cl.redlim.certification.api.FindCertificatesDueForExpiryQuery;
import cl.redlim.certification.api.RecordCertificateExpiryCommand;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Instant;

/**
 * Records the expiry of certificates past their valid-until: every {@code redlim.certification.expiry-sweep}
 * (default an hour) it asks the validity read model which certifications are due and sends each a
 * {@link RecordCertificateExpiryCommand} as RedLIM itself. The command is idempotent (an expiry recorded already, or
 * a revoked certificate, records nothing), so a lagging read model or two sweepers at once do no harm.
 * {@code redlim.certification.expiry-sweep-enabled=false} turns it off (e.g. on all but one command-side node).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "redlim.certification.expiry-sweep-enabled", havingValue = "true", matchIfMissing = true)
class CertificateExpirySweeper {

    private static final Logger log = LoggerFactory.getLogger(CertificateExpirySweeper.class);
    static final int BATCH = 500;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    CertificateExpirySweeper(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${redlim.certification.expiry-sweep:PT1H}",
            fixedDelayString = "${redlim.certification.expiry-sweep:PT1H}")
    void scheduled() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Certificate expiry sweep failed, next time again: {}", e.toString());
        }
    }

    /** One sweep: the number of expiries recorded (or found recorded already). */
    int sweep() {
        Instant now = clock.instant();
        CertificatesDueForExpiryView due = queries.query(new FindCertificatesDueForExpiryQuery(now, BATCH),
                CertificatesDueForExpiryView.class).join();
        int done = 0;
        for (String id : due.certificationIds()) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordCertificateExpiryCommand(id, now))
                        .andMetaData(Actor.SYSTEM.toMetaData()));
                done++;
            } catch (RuntimeException e) {
                log.warn("Expiry of certification {} not recorded: {}", id, e.toString());
            }
        }
        return done;
    }
}
