package cl.redlim.document.command;

import cl.redlim.access.api.Actor;
import cl.redlim.access.api.Role;
import cl.redlim.document.api.*;
import cl.redlim.kernel.CommuneCode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Demo only ({@code redlim.demo=true}): municipal documents of five municipalities at every step of their cycle
 * (loaded, reviewed, signed by one or two signers, numbered, distributed, a second version, archived), a reserved
 * sumario, documents linked to a demo purchase and fund application, and two case files. Each is a small real PDF put
 * in the content store, then commands with instants in the past, sent as the municipality's own officials (so each
 * signer gets a key). Runs once.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "redlim.demo", havingValue = "true")
class DocumentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DocumentDemoData.class);
    private static final Duration DAY = Duration.ofDays(1);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final DocumentUploads uploads;
    private final Clock clock;
    private Instant now;
    private int loaded;

    DocumentDemoData(CommandGateway commands, EventStore eventStore, DocumentUploads uploads, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.uploads = uploads;
        this.clock = clock;
    }

    static String id(String key) {
        return UUID.nameUUIDFromBytes(("redlim-demo:document:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (eventStore.lastSequenceNumberFor(id("santiago-decreto-plan")).isPresent()) {
            return;
        }
        now = clock.instant();
        Official santiagoSecretary = new Official("secretaria.santiago", "13101", "María José Fuentes",
                "Secretaria Municipal");
        Official santiagoMayor = new Official("alcaldia.santiago", "13101", "Mario Desbordes", "Alcalde");
        Official maipuSecretary = new Official("secretaria.maipu", "13119", "Carolina Leitao Ruiz",
                "Secretaria Municipal");
        Official maipuMayor = new Official("alcaldia.maipu", "13119", "Tomás Vodanovic", "Alcalde");
        Official valpo = new Official("alcaldia.valparaiso", "05101", "Camila Nieto", "Alcaldesa");
        Official temuco = new Official("alcaldia.temuco", "09101", "Roberto Neira", "Alcalde");
        Official conce = new Official("secretaria.concepcion", "08101", "Pablo Riquelme", "Secretario Municipal");

        String plan = full("santiago-decreto-plan", santiagoSecretary, santiagoMayor, DocumentType.DECREE,
                "Aprueba Plan Anual de Innovación Municipal 2026", 60, null,
                List.of(new Recipient("Concejo Municipal de Santiago", "concejo@munistgo.cl"),
                        new Recipient("Dirección de Control", "control@munistgo.cl")));
        String bases = full("santiago-bases-luminarias", santiagoSecretary, santiagoMayor, DocumentType.RESOLUTION,
                "Aprueba bases de licitación de luminarias LED", 45,
                new DocumentLinks(null, UUID.nameUUIDFromBytes("redlim-demo:procurement:l1-santiago"
                        .getBytes(StandardCharsets.UTF_8)).toString()),
                List.of(new Recipient("Dirección de Compras", "compras@munistgo.cl")));
        full("maipu-convenio-fim", maipuSecretary, maipuMayor, DocumentType.AGREEMENT,
                "Convenio de transferencia FIM: ventanilla única digital", 40, null,
                List.of(new Recipient("Oficina del FIM, SUBDERE", "fim@subdere.gob.cl")));
        full("valparaiso-oficio-cerros", valpo, valpo, DocumentType.OFFICIAL_LETTER,
                "Oficio a SERVIU sobre escaleras de los cerros Alegre y Concepción", 30, null,
                List.of(new Recipient("SERVIU Región de Valparaíso", "oficina.partes@serviu5.cl")));
        full("temuco-acta-consejo", temuco, temuco, DocumentType.MINUTES,
                "Acta de la sesión del Consejo Comunal de Organizaciones de la Sociedad Civil", 25, null,
                List.of(new Recipient("COSOC Temuco", "cosoc@temuco.cl")));

        // a second version after distribution: version 2 goes through the cycle again, version 1 stays
        String rectified = full("maipu-decreto-horarios", maipuSecretary, maipuMayor, DocumentType.DECREE,
                "Fija horario de atención de la Dirección de Tránsito", 35, null,
                List.of(new Recipient("Dirección de Tránsito", "transito@maipu.cl")));
        send(maipuSecretary, new AddDocumentVersionCommand(rectified, content("Fija horario de atencion de la "
                + "Direccion de Transito (rectificado: sabados de 9 a 13 h)"), "Rectifica el horario de los sábados",
                daysAgo(20)));
        send(maipuSecretary, new ReviewDocumentCommand(rectified, 2, maipuSecretary.name(), "Visto bueno jurídico",
                daysAgo(19)));

        // stopped halfway: loaded only, and reviewed but not signed
        load("concepcion-informe-borrador", conce, DocumentType.REPORT,
                "Informe de avance del laboratorio de innovación municipal", DocumentClassification.PUBLIC, null,
                null, daysAgo(5));
        String memo = load("concepcion-memo", conce, DocumentType.MEMORANDUM,
                "Memorándum sobre datos abiertos de permisos de edificación", DocumentClassification.PUBLIC, null,
                null, daysAgo(4));
        send(conce, new ReviewDocumentCommand(memo, 1, conce.name(), null, daysAgo(3)));

        // reserved: its title never reaches a public read model; verification still finds it
        String sumario = load("santiago-sumario", santiagoSecretary, DocumentType.RESOLUTION,
                "Instruye sumario administrativo en la Dirección de Aseo", DocumentClassification.RESERVED,
                ReservationGround.DUE_FULFILMENT_OF_FUNCTIONS, "Investigación en curso (art. 21 N°1 letra b)",
                daysAgo(15));
        send(santiagoSecretary, new ReviewDocumentCommand(sumario, 1, santiagoSecretary.name(), null, daysAgo(15)));
        send(santiagoMayor, new SignDocumentCommand(sumario, 1, santiagoMayor.name(), santiagoMayor.position(),
                daysAgo(14)));
        send(santiagoSecretary, new NumberDocumentCommand(sumario, 1, daysAgo(14)));

        // archived after it was superseded
        String old = full("temuco-decreto-antiguo", temuco, temuco, DocumentType.DECREE,
                "Aprueba ordenanza de ferias libres (derogada)", 90, null,
                List.of(new Recipient("Dirección de Rentas", "rentas@temuco.cl")));
        send(temuco, new ArchiveDocumentCommand(old, "Derogado por la nueva ordenanza de ferias libres", daysAgo(10)));

        // case files: the luminaires tender of Santiago, and Maipú's FIM agreement with the region as a party
        String luminarias = id("cf-santiago-luminarias");
        send(santiagoSecretary, new OpenCaseFileCommand(luminarias, CommuneCode.of("13101"),
                "Expediente licitación de luminarias LED", "Reposición de alumbrado público en el centro",
                List.of(new CaseFileParty(CaseFileParty.Kind.PRINCIPAL, "contraloria-rm")), daysAgo(50)));
        send(santiagoSecretary, new AddDocumentToCaseFileCommand(luminarias, plan, daysAgo(44)));
        send(santiagoSecretary, new AddDocumentToCaseFileCommand(luminarias, bases, daysAgo(43)));
        send(santiagoSecretary, new RecordCaseFileActionCommand(luminarias, "Publicación en Mercado Público",
                "Bases publicadas por 20 días", daysAgo(42)));
        send(santiagoSecretary, new AddDocumentToCaseFileCommand(luminarias, sumario, daysAgo(14)));
        String fim = id("cf-maipu-fim");
        send(maipuSecretary, new OpenCaseFileCommand(fim, CommuneCode.of("13119"),
                "Expediente convenio FIM ventanilla única", null,
                List.of(new CaseFileParty(CaseFileParty.Kind.MUNICIPALITY, "13120")), daysAgo(41)));
        send(maipuSecretary, new AddDocumentToCaseFileCommand(fim, id("maipu-convenio-fim"), daysAgo(38)));
        send(maipuSecretary, new RecordCaseFileActionCommand(fim, "Remisión a SUBDERE", "Por oficina de partes",
                daysAgo(37)));
        send(maipuSecretary, new CloseCaseFileCommand(fim, "Convenio tramitado", daysAgo(30)));
        log.info("Demo documents loaded: {} documents in 5 municipalities, 2 case files", loaded);
    }

    /** A document taken through its whole cycle, starting {@code startDaysAgo} days ago. */
    private String full(String key, Official secretary, Official signer, DocumentType type, String title,
                        int startDaysAgo, DocumentLinks links, List<Recipient> recipients) {
        String id = load(key, secretary, type, title, DocumentClassification.PUBLIC, null, links,
                daysAgo(startDaysAgo));
        send(secretary, new ReviewDocumentCommand(id, 1, secretary.name(), "Visto bueno", daysAgo(startDaysAgo - 1)));
        send(signer, new SignDocumentCommand(id, 1, signer.name(), signer.position(), daysAgo(startDaysAgo - 2)));
        if (!signer.equals(secretary)) {
            send(secretary, new SignDocumentCommand(id, 1, secretary.name(), secretary.position() + " (ministro de fe)",
                    daysAgo(startDaysAgo - 2).plusSeconds(600)));
        }
        send(secretary, new NumberDocumentCommand(id, 1, daysAgo(startDaysAgo - 3)));
        send(secretary, new DistributeDocumentCommand(id, 1, recipients, daysAgo(startDaysAgo - 3).plusSeconds(3600)));
        return id;
    }

    private String load(String key, Official official, DocumentType type, String title,
                        DocumentClassification classification, ReservationGround ground, Object links, Instant at) {
        String id = id(key);
        send(official, new LoadDocumentCommand(id, CommuneCode.of(official.commune()), type, title,
                official.name() + ", " + official.position(), classification, ground,
                ground == null ? null : "Reserva acordada por decreto", links instanceof DocumentLinks l ? l : null,
                content(title), at));
        loaded++;
        return id;
    }

    private DocumentContent content(String text) {
        return uploads.store(new ByteArrayInputStream(pdf(text)), "application/pdf",
                Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9 ]", "")
                        .strip().replace(' ', '-').toLowerCase() + ".pdf");
    }

    private void send(Official official, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(official.actor().toMetaData()));
    }

    private Instant daysAgo(int days) {
        return now.minus(DAY.multipliedBy(days));
    }

    /** A one-page PDF with the text (accents dropped: the built-in Helvetica encoding). */
    static byte[] pdf(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7e]", "")
                .replace("(", "[").replace(")", "]");
        String stream = "BT /F1 12 Tf 72 720 Td (" + ascii + ") Tj ET";
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + stream.length() + " >> stream\n" + stream + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    private record Official(String principal, String commune, String name, String position) {
        Actor actor() {
            return new Actor(principal, Role.INTEGRATOR, "Municipalidad " + commune, Set.of(commune), Set.of());
        }
    }
}
