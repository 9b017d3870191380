package cl.redlim.transparency.command;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.transparency.api.*;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Demo only ({@code redlim.demo=true}): access-to-information requests to several municipalities, each at another
 * step: answered on time, granted in part, denied and appealed, extended, transferred, opposed by a third party,
 * and overdue. Sent through the command gateway with instants in the past, so the aggregate's rules and deadlines
 * apply to each. Runs once.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "redlim.demo", havingValue = "true")
class TransparencyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TransparencyDemoData.class);
    private static final Duration DAY = Duration.ofDays(1);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Clock clock;
    private Instant now;
    private int received;

    TransparencyDemoData(CommandGateway commands, EventStore eventStore, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    static String id(String key) {
        return UUID.nameUUIDFromBytes(("redlim-demo:transparency:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (eventStore.lastSequenceNumberFor(id("santiago-granted")).isPresent()) {
            return;
        }
        now = clock.instant();
        String santiago = receive("santiago-granted", "13101", 90, "María José Tapia", "mj.tapia@example.cl",
                "Copia de los contratos de mantención de áreas verdes 2024", AccessRequestChannel.WEB_PORTAL);
        answer(santiago, 70, AnswerOutcome.GRANTED, "Se entregan los 4 contratos solicitados", List.of(),
                List.of());
        String maipu = receive("maipu-partial", "13119", 75, "Jorge Muñoz", "jorge.munoz@example.cl",
                "Remuneraciones del personal a honorarios del laboratorio de innovación", AccessRequestChannel.EMAIL);
        answer(maipu, 55, AnswerOutcome.PARTIALLY_GRANTED, "Se entregan montos por función; se reservan RUT",
                List.of(new WithheldPart("RUT y domicilio de las personas contratadas", Art21Ground.ART_21_2)), List.of());
        String valpo = receive("valparaiso-denied", "05101", 70, "Francisca Lagos", "f.lagos@example.cl",
                "Todos los correos electrónicos del alcalde desde 2021", AccessRequestChannel.WEB_PORTAL);
        answer(valpo, 45, AnswerOutcome.DENIED, "Solicitud genérica que distrae a los funcionarios de sus labores",
                List.of(), List.of(Art21Ground.ART_21_1_C));
        send(new FileAmparoCommand(valpo, "C3312-25", now.minus(DAY.multipliedBy(40))));
        send(new ResolveAmparoCommand(valpo, AmparoOutcome.REJECTED, "Decisión amparo rol C3312-25",
                now.minus(DAY.multipliedBy(10))));
        String conce = receive("concepcion-extended", "08101", 35, "Rodrigo Sáez", null,
                "Expedientes de permisos de edificación del sector Lomas de San Andrés 2020-2024",
                AccessRequestChannel.IN_PERSON);
        send(new ExtendAccessRequestDeadlineCommand(conce, "Los expedientes están en archivo externo y deben "
                + "digitalizarse", now.minus(DAY.multipliedBy(10))));
        String temuco = receive("temuco-transferred", "09101", 20, "Elena Huenchumán", "elena.h@example.cl",
                "Listas de espera del hospital regional", AccessRequestChannel.WEB_PORTAL);
        send(new TransferAccessRequestCommand(temuco, "Servicio de Salud Araucanía Sur",
                "La información la posee el servicio de salud, no la municipalidad", now.minus(DAY.multipliedBy(19))));
        String antofa = receive("antofagasta-opposed", "02101", 15, "Tomás Rivera", "t.rivera@example.cl",
                "Ofertas técnicas de la licitación del centro municipal de innovación", AccessRequestChannel.EMAIL);
        send(new RecordThirdPartyOppositionCommand(antofa, "La empresa adjudicataria se opone: secretos comerciales "
                + "de su oferta técnica (art. 20)", now.minus(DAY.multipliedBy(10))));
        receive("puerto-montt-overdue", "10101", 50, "Daniela Oyarzo", "d.oyarzo@example.cl",
                "Actas de las sesiones del concejo municipal de 2024", AccessRequestChannel.WEB_PORTAL);
        receive("la-serena-open", "04101", 3, "Ignacio Cortés", "i.cortes@example.cl",
                "Presupuesto ejecutado del laboratorio de innovación 2025", AccessRequestChannel.WEB_PORTAL);
        log.info("Demo data loaded: {} access requests", received);
    }

    private String receive(String key, String commune, int daysAgo, String name, String email, String subject,
                           AccessRequestChannel channel) {
        String id = id(key);
        received++;
        send(new ReceiveAccessRequestCommand(id, CommuneCode.of(commune), new RequesterContact(name, email, null,
                email == null ? "Calle Demostración 100, " + commune : null), subject, channel,
                now.minus(DAY.multipliedBy(daysAgo))));
        return id;
    }

    private void answer(String id, int daysAgo, AnswerOutcome outcome, String summary, List<WithheldPart> withheld,
                        List<Art21Ground> grounds) {
        send(new AnswerAccessRequestCommand(id, outcome, summary, withheld, grounds, List.of(),
                now.minus(DAY.multipliedBy(daysAgo))));
    }

    private void send(Object command) {
        commands.sendAndWait(command);
    }
}
