package cl.redlim.fund.command;

import cl.redlim.fund.api.*;
import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.territory.api.CommuneGroup;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Demo only ({@code redlim.demo=true}): three calls of the fund over the past two years and one application per
 * region to each, left at every stage from draft to closure. Everything goes through the command gateway, the path
 * integrators' commands take, with instants in the past, so each demo fact is a real event. Runs once: the first
 * call's id is fixed, and if it exists the demo is there already.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "redlim.demo", havingValue = "true")
class FundDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FundDemoData.class);
    private static final Duration DAY = Duration.ofDays(1);

    /** How far an application of the demo gets. */
    enum Stage { DRAFT, SUBMITTED, INADMISSIBLE, ADMISSIBLE, UNDER_EVALUATION, EVALUATED, DECIDED, SIGNED, FIRST_TRANCHE,
        REPORT_OBSERVED, SECOND_TRANCHE, CLOSED }

    private static final List<String> EVALUATORS = List.of("demo.valentina.munoz", "demo.ignacio.perez",
            "demo.camila.gonzalez", "demo.matias.silva");

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Clock clock;
    private Instant now;

    FundDemoData(CommandGateway commands, EventStore eventStore, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    static String id(String key) {
        return UUID.nameUUIDFromBytes(("redlim-demo:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (eventStore.lastSequenceNumberFor(id("call-2025")).isPresent()) {
            return;
        }
        now = clock.instant();
        Map<String, List<CommuneCode>> byRegion = communesByRegion();
        declareEvaluators(byRegion);
        int applications = 0;
        applications += call("call-2025", "FIM 2025: trámites digitales municipales", now.minus(DAY.multipliedBy(720)),
                60, byRegion, 0, List.of(Stage.CLOSED, Stage.CLOSED, Stage.DECIDED, Stage.INADMISSIBLE, Stage.SECOND_TRANCHE));
        applications += call("call-2026", "FIM 2026: datos abiertos y participación", now.minus(DAY.multipliedBy(330)),
                60, byRegion, 1, List.of(Stage.FIRST_TRANCHE, Stage.REPORT_OBSERVED, Stage.SIGNED, Stage.DECIDED,
                        Stage.SECOND_TRANCHE, Stage.INADMISSIBLE));
        applications += call("call-2027", "FIM 2027: servicios locales resilientes", now.minus(DAY.multipliedBy(75)),
                90, byRegion, 2, List.of(Stage.DRAFT, Stage.SUBMITTED, Stage.ADMISSIBLE, Stage.UNDER_EVALUATION,
                        Stage.EVALUATED));
        log.info("Demo data loaded: 3 fund calls, {} applications, {} evaluators", applications, EVALUATORS.size());
    }

    private void declareEvaluators(Map<String, List<CommuneCode>> byRegion) {
        Instant at = now.minus(DAY.multipliedBy(730));
        List<String> regions = new ArrayList<>(byRegion.keySet());
        for (int i = 0; i < EVALUATORS.size(); i++) {
            // each evaluator is tied to the first commune of a few regions, so conflicts of interest really occur
            List<CommuneCode> ties = new ArrayList<>();
            for (int r = i; r < regions.size(); r += EVALUATORS.size()) {
                ties.add(byRegion.get(regions.get(r)).get(0));
            }
            String name = EVALUATORS.get(i).substring(5).replace('.', ' ');
            send(new DeclareEvaluatorInterestsCommand(EVALUATORS.get(i), name, ties, at));
        }
    }

    private int call(String key, String title, Instant published, int windowDays,
                     Map<String, List<CommuneCode>> byRegion, int callIndex, List<Stage> stages) {
        String callId = id(key);
        Instant opens = published.plus(DAY.multipliedBy(15));
        Instant closes = opens.plus(DAY.multipliedBy(windowDays));
        List<GroupCap> caps = List.of(cap(1, 250_000_000), cap(2, 300_000_000), cap(3, 350_000_000),
                cap(4, 400_000_000), cap(5, 450_000_000));
        List<ScoringCriterion> criteria = List.of(new ScoringCriterion("public-value", "Valor público directo", 40),
                new ScoringCriterion("participation", "Participación ciudadana", 30),
                new ScoringCriterion("feasibility", "Factibilidad técnica y financiera", 30));
        send(new PublishFundCallCommand(callId, new FundCallTerms(title, Clp.of(1_200_000_000L), caps, opens, closes,
                criteria, 60), published));
        int i = 0;
        for (Map.Entry<String, List<CommuneCode>> region : byRegion.entrySet()) {
            // rotating through the region's four demo communes spreads the applicants over all five groups
            CommuneCode commune = region.getValue().get((i + callIndex) % region.getValue().size());
            application(key + "-" + region.getKey(), callId, commune, opens, closes, i, stages.get(i % stages.size()));
            i++;
        }
        if (closes.isBefore(now)) {
            send(new CloseFundCallCommand(callId, closes));
        }
        return i;
    }

    private void application(String key, String callId, CommuneCode commune, Instant opens, Instant closes, int i,
                             Stage stage) {
        String id = id(key);
        long requested = 30_000_000L + (i * 7_919_000L) % 60_000_000L;
        Steps steps = new Steps(opens.plus(DAY.multipliedBy(1 + i % 10)));
        steps.run(0, stage, Stage.DRAFT, t -> send(new CreateFundApplicationCommand(id, callId, commune,
                "Proyecto FIM " + commune + ": " + PROJECTS.get(i % PROJECTS.size()),
                "Proyecto demostrativo de la comuna " + commune + " para la red de laboratorios de innovación.",
                Clp.of(requested), 500 + i * 137, t)));
        steps.run(2 + i % 20, stage, Stage.SUBMITTED, t -> send(new SubmitFundApplicationCommand(id, t)));
        if (stage == Stage.INADMISSIBLE) {
            steps.run(7, stage, Stage.INADMISSIBLE, t -> send(new DecideFundApplicationAdmissibilityCommand(id, false,
                    List.of("Falta el certificado de disponibilidad presupuestaria municipal"), t)));
            return;
        }
        steps.run(7, stage, Stage.ADMISSIBLE, t -> send(new DecideFundApplicationAdmissibilityCommand(id, true,
                List.of(), t)));
        List<String> evaluators = EVALUATORS.stream().filter(e -> !tied(e, commune)).limit(2).toList();
        steps.run(15, stage, Stage.UNDER_EVALUATION, t -> evaluate(id, evaluators.get(0), i, t));
        steps.run(3, stage, Stage.EVALUATED, t -> evaluate(id, evaluators.get(1), i + 3, t));
        double finalScore = (weighted(i) + weighted(i + 3)) / 2;
        steps.at(closes.plus(DAY.multipliedBy(30)));
        if (finalScore < 60) {
            steps.run(0, stage, Stage.DECIDED, t -> send(new RejectFundApplicationCommand(id,
                    "Puntaje final bajo el mínimo de la convocatoria", t)));
            return;
        }
        long award = requested - (i % 3) * 2_000_000L;
        steps.run(0, stage, Stage.DECIDED, t -> send(new AwardFundApplicationCommand(id, Clp.of(award), t)));
        steps.run(20, stage, Stage.SIGNED, t -> send(new SignFundAgreementCommand(id, "CONV-" + key.toUpperCase(), t)));
        long first = award * 6 / 10;
        steps.run(12, stage, Stage.FIRST_TRANCHE, t -> send(new PayFundTrancheCommand(id, 1, Clp.of(first), t)));
        steps.run(60, stage, Stage.REPORT_OBSERVED, t -> send(new SubmitFundReportCommand(id, 1,
                "Rendición del primer tramo", Clp.of(first), t)));
        steps.run(10, stage, Stage.REPORT_OBSERVED, t -> send(new ReviewFundReportCommand(id, 1, false,
                "Faltan las facturas de dos proveedores", t)));
        steps.run(10, stage, Stage.SECOND_TRANCHE, t -> send(new SubmitFundReportCommand(id, 1,
                "Rendición del primer tramo, con las facturas", Clp.of(first), t)));
        steps.run(7, stage, Stage.SECOND_TRANCHE, t -> send(new ReviewFundReportCommand(id, 1, true, null, t)));
        steps.run(5, stage, Stage.SECOND_TRANCHE, t -> send(new PayFundTrancheCommand(id, 2, Clp.of(award - first), t)));
        steps.run(90, stage, Stage.CLOSED, t -> send(new SubmitFundReportCommand(id, 2, "Rendición final",
                Clp.of(award - first), t)));
        steps.run(10, stage, Stage.CLOSED, t -> send(new ReviewFundReportCommand(id, 2, true, null, t)));
        steps.run(5, stage, Stage.CLOSED, t -> send(new CloseFundApplicationCommand(id, t)));
    }

    private void evaluate(String id, String evaluator, int seed, Instant t) {
        send(new EvaluateFundApplicationCommand(id, evaluator, List.of(
                new CriterionScore("public-value", score(seed)),
                new CriterionScore("participation", score(seed + 1)),
                new CriterionScore("feasibility", score(seed + 2))), t));
    }

    private static double weighted(int seed) {
        return (score(seed) * 40 + score(seed + 1) * 30 + score(seed + 2) * 30) / 100.0;
    }

    /** A deterministic spread of scores from 35 to 95: some applications fall below the minimum of 60. */
    private static int score(int seed) {
        return 35 + (seed * 37 + 11) % 61;
    }

    private boolean tied(String evaluator, CommuneCode commune) {
        return tiesOf.getOrDefault(evaluator, List.of()).contains(commune);
    }

    private final Map<String, List<CommuneCode>> tiesOf = new LinkedHashMap<>();

    private void send(Object command) {
        if (command instanceof DeclareEvaluatorInterestsCommand d) {
            tiesOf.put(d.evaluatorId(), d.tiedCommunes());
        }
        commands.sendAndWait(command);
    }

    /** Runs the steps of one application in time order, up to its stage and never past now. */
    private final class Steps {
        private Instant at;
        private boolean stopped;

        Steps(Instant start) {
            this.at = start;
        }

        void at(Instant instant) {
            if (instant.isAfter(at)) {
                at = instant;
            }
        }

        void run(int daysLater, Stage target, Stage stepStage, java.util.function.Consumer<Instant> step) {
            at = at.plus(DAY.multipliedBy(daysLater));
            if (stopped || stepStage.ordinal() > target.ordinal() || !at.isBefore(now)) {
                stopped = true;
                return;
            }
            step.accept(at);
        }
    }

    private static GroupCap cap(int group, long amount) {
        return new GroupCap(CommuneGroup.of(group), Clp.of(amount));
    }

    private static final List<String> PROJECTS = List.of("ventanilla única digital", "mapa de datos abiertos",
            "presupuesto participativo en línea", "gestión de residuos con sensores", "agenda de salud primaria",
            "laboratorio ciudadano de movilidad", "alerta temprana de incendios", "biblioteca de trámites",
            "transparencia de obras municipales");

    /** The first four communes of each region, which the territory demo classifies. */
    private static Map<String, List<CommuneCode>> communesByRegion() {
        Map<String, List<CommuneCode>> byRegion = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("territory/communes.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().skip(1).filter(l -> !l.isBlank()).map(l -> CommuneCode.of(l.split(",")[0])).forEach(cut -> {
                List<CommuneCode> list = byRegion.computeIfAbsent(cut.regionCode(), r -> new ArrayList<>());
                if (list.size() < 4) {
                    list.add(cut);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byRegion;
    }
}
