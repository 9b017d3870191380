package cl.redlim.certification.command;

import cl.redlim.certification.api.*;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Demo only ({@code redlim.demo=true}): the programme "Agentes de Innovación Pública" and 24 municipal officials of
 * Santiago, Coquimbo, Maule, La Araucanía and Los Lagos (rural communes among them: La Higuera, Empedrado,
 * Curarrehue, Fresia), at every stage of their certification.
 *
 * <ul>
 *   <li>A 2025 pilot cohort on requirements version 1 (four modules, certificates valid 12 months): two certified
 *   in August 2025 whose certificates expired in August 2026 (the expiry recorded through
 *   {@link RecordCertificateExpiryCommand}), one renewed in June 2026, one revoked in November 2025, one dropped
 *   out. Their first certificates predate the programme's 4-year window (from 2026-01-01), so none counts toward the
 *   target.</li>
 *   <li>Version 2 (December 2025: a fifth module, lenguaje claro, and 24 months' validity) applies to the 2026
 *   cohorts only. Cohort 2026-1: nine certified between June and October 2026 (one after failing the assessment
 *   once), one certified and then revoked (September 2026), one with every module done and the assessment failed
 *   once, one with every module done and no assessment yet, one with three modules, one with one, one withdrawn.
 *   Cohort 2026-2: two enrolled only, two with modules in progress.</li>
 * </ul>
 *
 * So the public progress shows {@value #CERTIFIED_IN_WINDOW} certified officials and one revoked. The dates are fixed
 * (not relative to today), so those figures do not drift as time passes. Everything goes through the command gateway
 * with instants in the past, so each fact is a real event the aggregates' rules accepted. Runs once: the programme's
 * events mark the data as loaded. RUTs are made up, with valid check digits.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "redlim.demo", havingValue = "true")
class CertificationDemoData implements ApplicationRunner {

    /** Officials of the demo counted by the public progress: certified in the window and not revoked. */
    static final int CERTIFIED_IN_WINDOW = 9;
    static final String PROGRAMME = "agentes-innovacion-publica";

    private static final Logger log = LoggerFactory.getLogger(CertificationDemoData.class);
    private static final ZoneId CHILE = ZoneId.of("America/Santiago");

    private static final ModuleRequirement DESIGN_THINKING =
            new ModuleRequirement("design-thinking", "Design thinking para servicios municipales", 20);
    private static final ModuleRequirement CO_CREACION =
            new ModuleRequirement("co-creacion", "Co-creación con la ciudadanía", 16);
    private static final ModuleRequirement DATOS_ABIERTOS =
            new ModuleRequirement("datos-abiertos", "Datos abiertos y transparencia activa", 12);
    private static final ModuleRequirement PROTOTIPADO =
            new ModuleRequirement("prototipado", "Prototipado y experimentación en políticas locales", 16);
    private static final ModuleRequirement LENGUAJE_CLARO =
            new ModuleRequirement("lenguaje-claro", "Lenguaje claro en trámites y comunicaciones", 8);

    private static final List<ModuleRequirement> V1 = List.of(DESIGN_THINKING, CO_CREACION, DATOS_ABIERTOS,
            PROTOTIPADO);
    private static final List<ModuleRequirement> V2 = List.of(DESIGN_THINKING, CO_CREACION, DATOS_ABIERTOS,
            PROTOTIPADO, LENGUAJE_CLARO);
    private static final List<String> INSTRUCTORS = List.of("Paula Verdugo Sanhueza", "Cristián Araya Molina",
            "Valentina Riquelme Toledo", "Matías Fuentealba Carrasco");

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Clock clock;
    private Instant now;
    private int enrolled;

    CertificationDemoData(CommandGateway commands, EventStore eventStore, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (eventStore.lastSequenceNumberFor(PROGRAMME).isPresent()) {
            return;
        }
        now = clock.instant();
        commands.sendAndWait(new DefineProgrammeCommand(PROGRAMME, "Agentes de Innovación Pública",
                "Formación y certificación de funcionarias y funcionarios municipales como agentes de innovación "
                        + "pública: diseño de servicios centrado en las personas, co-creación, datos abiertos y "
                        + "experimentación.",
                new ProgrammeRequirements(V1, new AssessmentRule(70, 3), 12, new RenewalRule(12, 90)),
                at("2025-03-03")));
        pilotCohort();
        commands.sendAndWait(new ReviseProgrammeRequirementsCommand(PROGRAMME,
                new ProgrammeRequirements(V2, new AssessmentRule(70, 3), 24, new RenewalRule(16, 90)),
                "Tras el piloto: se agrega el módulo de lenguaje claro y la vigencia del certificado pasa a 24 meses",
                at("2025-12-15")));
        firstCohort2026();
        secondCohort2026();
        log.info("Demo data loaded: {} certifications of programme {}", enrolled, PROGRAMME);
    }

    /** 2025 pilot, requirements version 1: expired, renewed, revoked, dropped out. */
    private void pilotCohort() {
        LocalDate registered = LocalDate.parse("2025-03-17");
        LocalDate enrolledOn = LocalDate.parse("2025-03-24");
        LocalDate start = LocalDate.parse("2025-04-07");
        String cohort = "2025-piloto";

        Cert expired1 = enrol(new Person("10234567-3", "Carolina Andrea Muñoz Pizarro", "13101",
                "Profesional de la Dirección de Desarrollo Comunitario"), registered, cohort, enrolledOn, start);
        expired1.modules(V1, start).sit("2025-08-04", 84).certify("2025-08-18").expire("2026-08-19");
        Cert expired2 = enrol(new Person("11456789-2", "Héctor Manuel Catrileo Painemal", "09101",
                "Encargado de Participación Ciudadana"), registered, cohort, enrolledOn, start);
        expired2.modules(V1, start).sit("2025-08-04", 76).certify("2025-08-18").expire("2026-08-19");

        Cert renewed = enrol(new Person("12678901-7", "Marcela Isabel Sepúlveda Rojas", "07101",
                "Jefa del Laboratorio de Innovación Municipal"), registered, cohort, enrolledOn, start);
        renewed.modules(V1, start).sit("2025-07-07", 91).certify("2025-07-14");
        commands.sendAndWait(new RenewCertificateCommand(renewed.id, 14,
                "https://aula.redlim.example.cl/renovaciones/2026/12678901-7", at("2026-06-01")));

        Cert revoked = enrol(new Person("13890123-8", "Rodrigo Alejandro Vergara Soto", "10101",
                "Analista de la Secretaría Comunal de Planificación"), registered, cohort, enrolledOn, start);
        revoked.modules(V1, start).sit("2025-08-04", 72).certify("2025-08-18");
        commands.sendAndWait(new RevokeCertificateCommand(revoked.id, "La evidencia del módulo de datos abiertos "
                + "correspondía al trabajo de otro funcionario", at("2025-11-10")));

        Cert dropped = enrol(new Person("9876543-3", "Luis Alberto Millán Contreras", "04104",
                "Administrativo de la Oficina de Partes"), registered, cohort, enrolledOn, start);
        dropped.modules(V1.subList(0, 2), start);
        dropped.withdraw(WithdrawalKind.DROPPED_OUT, "Sin asistencia a las sesiones desde mayo; no responde a los "
                + "contactos del programa", "2025-06-30");
    }

    /** Cohort 2026-1, requirements version 2: nine certified, one revoked, one withdrawn, the rest in progress. */
    private void firstCohort2026() {
        LocalDate registered = LocalDate.parse("2026-02-09");
        LocalDate enrolledOn = LocalDate.parse("2026-02-16");
        LocalDate start = LocalDate.parse("2026-03-02");
        String cohort = "2026-1";

        certified(new Person("14012345-5", "Javiera Paz Fuentes Olivares", "13102",
                "Profesional de la Oficina de Atención Vecinal"), registered, cohort, enrolledOn, start, "2026-06-22");
        certified(new Person("15234678-6", "Felipe Ignacio Tapia Cárdenas", "13103",
                "Encargado de Transformación Digital"), registered, cohort, enrolledOn, start, "2026-06-22");
        certified(new Person("16345789-K", "Daniela Beatriz Huenchullán Lincopi", "09104",
                "Encargada de Desarrollo Económico Local"), registered, cohort, enrolledOn, start, "2026-07-13");
        certified(new Person("17456890-1", "Sebastián Andrés Ñancupil Quintriqueo", "09102",
                "Profesional del Programa de Desarrollo Territorial Indígena"), registered, cohort, enrolledOn, start,
                "2026-07-13");
        certified(new Person("13567234-3", "María Fernanda Orellana Bustos", "07104",
                "Secretaria Comunal de Planificación"), registered, cohort, enrolledOn, start, "2026-07-27");
        certified(new Person("12098765-8", "Pablo Esteban Garrido Leiva", "10104",
                "Encargado de Fomento Productivo"), registered, cohort, enrolledOn, start, "2026-08-10");
        Cert secondAttempt = enrol(new Person("15678123-1", "Constanza Valeria Rivas Aguilera", "04104",
                "Profesional de la Dirección de Desarrollo Comunitario"), registered, cohort, enrolledOn, start);
        secondAttempt.modules(V2, start).sit("2026-06-08", 62).sit("2026-09-01", 78).certify("2026-09-14");
        certified(new Person("16789234-5", "Ignacio José Barrientos Alvarado", "10102",
                "Encargado de Medio Ambiente"), registered, cohort, enrolledOn, start, "2026-09-14");
        certified(new Person("11987654-0", "Francisca Antonia Toro Valenzuela", "04101",
                "Coordinadora del Laboratorio de Innovación"), registered, cohort, enrolledOn, start, "2026-10-05");

        Cert revoked = certified(new Person("10456321-K", "Gonzalo Patricio Irarrázaval Ossa", "13104",
                "Jefe de Gabinete de Administración Municipal"), registered, cohort, enrolledOn, start, "2026-06-22");
        commands.sendAndWait(new RevokeCertificateCommand(revoked.id, "Un sumario administrativo acreditó que la "
                + "evaluación fue rendida por un tercero", at("2026-09-03")));

        enrol(new Person("14321987-9", "Camila Soledad Reyes Navarrete", "07102",
                "Profesional de la Oficina Municipal de Información Laboral"), registered, cohort, enrolledOn, start)
                .modules(V2, start).sit("2026-10-19", 58);
        enrol(new Person("9345612-2", "Jorge Eduardo Oyarzún Barría", "10103",
                "Encargado de la Oficina de Turismo"), registered, cohort, enrolledOn, start).modules(V2, start);
        enrol(new Person("17654321-3", "Tomás Benjamín Cifuentes Ulloa", "09103",
                "Analista de Control de Gestión"), registered, cohort, enrolledOn, start)
                .modules(V2.subList(0, 3), start);
        enrol(new Person("18012456-K", "Antonia Belén Llancaqueo Huaiquil", "09104",
                "Técnica en Atención Primaria de Salud Municipal"), registered, cohort, enrolledOn, start)
                .modules(V2.subList(0, 1), start);
        Cert withdrawn = enrol(new Person("15098234-0", "Valentina Ignacia Castro Morales", "13101",
                "Profesional de la Dirección de Obras Municipales"), registered, cohort, enrolledOn, start);
        withdrawn.modules(V2.subList(0, 2), start);
        withdrawn.withdraw(WithdrawalKind.WITHDRAWN, "La funcionaria asumió una jefatura y no dispone de horas para "
                + "el programa este año", "2026-05-11");
    }

    /** Cohort 2026-2: enrolled, two with modules in progress. */
    private void secondCohort2026() {
        LocalDate registered = LocalDate.parse("2026-08-17");
        LocalDate enrolledOn = LocalDate.parse("2026-08-24");
        LocalDate start = LocalDate.parse("2026-09-07");
        String cohort = "2026-2";
        enrol(new Person("16432109-6", "Patricio Hernán Gallardo Vidal", "07101",
                "Encargado de Organizaciones Comunitarias"), registered, cohort, enrolledOn, start);
        enrol(new Person("13276540-5", "Rocío Alejandra Paillalef Nahuelpán", "09101",
                "Profesional de la Oficina de Asuntos Indígenas"), registered, cohort, enrolledOn, start);
        enrol(new Person("12543876-8", "Cristóbal Matías Henríquez Saavedra", "04103",
                "Encargado de Informática"), registered, cohort, enrolledOn, start).modules(V2.subList(0, 2), start);
        enrol(new Person("14876032-2", "Fernanda Isidora Aravena Molina", "10104",
                "Profesional de la Oficina de Vivienda"), registered, cohort, enrolledOn, start)
                .modules(V2.subList(0, 1), start);
    }

    private Cert certified(Person person, LocalDate registered, String cohort, LocalDate enrolledOn, LocalDate start,
                           String certifiedOn) {
        LocalDate day = LocalDate.parse(certifiedOn);
        return enrol(person, registered, cohort, enrolledOn, start).modules(V2, start)
                .sit(day.minusDays(14).toString(), 74 + Math.floorMod(person.name().hashCode(), 24))
                .certify(certifiedOn);
    }

    private Cert enrol(Person person, LocalDate registered, String cohort, LocalDate enrolledOn, LocalDate start) {
        Rut rut = Rut.of(person.rut());
        commands.sendAndWait(new RegisterOfficialCommand(OfficialId.of(rut), rut, person.name(),
                CommuneCode.of(person.commune()), person.position(), at(registered)));
        String id = CertificationId.of(PROGRAMME, rut);
        commands.sendAndWait(new EnrolOfficialCommand(id, PROGRAMME, rut, cohort, start, at(enrolledOn)));
        enrolled++;
        return new Cert(id, rut, cohort);
    }

    /** Chile's 10:00 of that day; never after now, so every fact is in the past. */
    private Instant at(LocalDate day) {
        Instant instant = day.atTime(LocalTime.of(10, 0)).atZone(CHILE).toInstant();
        if (instant.isAfter(now == null ? clock.instant() : now)) {
            throw new IllegalStateException("Demo certification step on " + day + " is in the future");
        }
        return instant;
    }

    private Instant at(String day) {
        return at(LocalDate.parse(day));
    }

    private record Person(String rut, String name, String commune, String position) {
    }

    /** One certification of the demo. */
    private final class Cert {
        private final String id;
        private final Rut rut;
        private final String cohort;

        Cert(String id, Rut rut, String cohort) {
            this.id = id;
            this.rut = rut;
            this.cohort = cohort;
        }

        /** The modules in order, one every two weeks from the start date. */
        Cert modules(List<ModuleRequirement> modules, LocalDate start) {
            for (int i = 0; i < modules.size(); i++) {
                ModuleRequirement module = modules.get(i);
                commands.sendAndWait(new CompleteModuleCommand(id, module.moduleId(),
                        "https://aula.redlim.example.cl/actas/" + cohort + "/" + module.moduleId() + "/"
                                + rut.value(), INSTRUCTORS.get(i % INSTRUCTORS.size()),
                        at(start.plusWeeks(2L * (i + 1)))));
            }
            return this;
        }

        Cert sit(String day, int score) {
            commands.sendAndWait(new SitAssessmentCommand(id, score, at(day)));
            return this;
        }

        Cert certify(String day) {
            commands.sendAndWait(new CertifyOfficialCommand(id, at(day)));
            return this;
        }

        void expire(String day) {
            commands.sendAndWait(new RecordCertificateExpiryCommand(id, at(day)));
        }

        void withdraw(WithdrawalKind kind, String reason, String day) {
            commands.sendAndWait(new WithdrawFromCertificationCommand(id, kind, reason, at(day)));
        }
    }
}
