package cl.redlim.procurement.command;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;
import cl.redlim.procurement.api.*;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Demo only ({@code redlim.demo=true}): municipal purchases in all 16 regions, of every method and tender type, left
 * at every stage: planned, open for bids, amended, void (desierta), awarded to several lots, direct awards (trato
 * directo), a framework-agreement purchase, contracts amended, terminated and completed. A few are built to raise the
 * transparency red flags (a single bidder, an award well above its estimate, a reduced publication period, and
 * Compras Ágiles from one supplier just under 100 UTM). Everything goes through the command gateway with instants in
 * the past, so each fact is a real event that the aggregate's rules accepted. Runs once.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "redlim.demo", havingValue = "true")
class ProcurementDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProcurementDemoData.class);
    private static final Duration DAY = Duration.ofDays(1);
    private static final ZoneId CHILE = ZoneId.of("America/Santiago");
    /** UTM values in CLP, close to those of 2025 and 2026; each command carries the one it used. */
    private static final Clp UTM_2025 = Clp.of(68_306);
    private static final Clp UTM_2026 = Clp.of(69_751);

    private static final Supplier ANDES = new Supplier("76123456-0", "Servicios Andes SpA");
    private static final Supplier PACIFICO = new Supplier("77234567-4", "Comercial Pacífico Ltda.");
    private static final Supplier ATACAMA = new Supplier("76345678-1", "Constructora Atacama S.A.");
    private static final Supplier AUSTRAL = new Supplier("96456789-1", "Tecnologías Austral S.A.");
    private static final Supplier LAGOS = new Supplier("76567890-0", "Ingeniería Los Lagos SpA");
    private static final Supplier ARAUCO = new Supplier("77678901-1", "Mobiliario Arauco Ltda.");
    private static final Supplier MAULE = new Supplier("76789012-5", "Consultora Maule SpA");
    private static final Supplier CORDILLERA = new Supplier("78890123-2", "Transportes Cordillera Ltda.");
    private static final Supplier DESIERTO = new Supplier("76901234-6", "Insumos del Desierto SpA");

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Clock clock;
    private Instant now;
    private int planned;

    ProcurementDemoData(CommandGateway commands, EventStore eventStore, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    static String id(String key) {
        return UUID.nameUUIDFromBytes(("redlim-demo:procurement:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (eventStore.lastSequenceNumberFor(id("l1-santiago")).isPresent()) {
            return;
        }
        now = clock.instant();
        List<Runnable> processes = List.of(this::smallTenderCompleted, this::amendedTender, this::multiLotTender,
                this::voidTender, this::largeWorksWithAmendedContract, this::terminatedContract,
                this::compraAgilCompleted, this::compraAgilVoid, this::emergencyDirectAward,
                this::soleSupplierDirectAward, this::frameworkPurchase, this::splitCompraAgil,
                this::singleBidderAboveEstimate, this::reducedPeriodTender, this::plannedOnly, this::openTender);
        processes.forEach(Runnable::run);
        log.info("Demo data loaded: {} procurement processes", planned);
    }

    /** L1 (under 100 UTM): three bids, awarded, paid and completed. */
    private void smallTenderCompleted() {
        Process p = plan("l1-santiago", "13101", 400, "Útiles de oficina para el laboratorio de innovación",
                ProcurementCategory.GOODS, items("Resmas de papel carta", 200, "resma", "14111507", null,
                        "Notas adhesivas y plumones para talleres", 60, "caja", null, null),
                4_200_000, UTM_2025, ProcurementMethod.PUBLIC_TENDER, null, null, null);
        p.publish(1, 7, false);
        p.bid(1, ANDES, 4_050_000, null).bid(2, PACIFICO, 3_890_000, null).bid(2, DESIERTO, 4_150_000, null);
        p.open(1).admitAll(1).evaluate(2, 70, 85, 60).award(3, 1);
        Contract c = p.contract(10, p.bid(1), 3_890_000, 60);
        c.order(2, 3_890_000, "Orden de compra única").pay(30, 3_890_000);
        p.complete(5);
    }

    /** LE (100 to under 1,000 UTM): amended close to its closing, so the rules extend it; four bids, one inadmissible. */
    private void amendedTender() {
        Process p = plan("le-valparaiso", "05101", 300, "Mantención de áreas verdes del centro cívico",
                ProcurementCategory.SERVICES, items("Mantención mensual de áreas verdes", 12, "mes", "70111700", null),
                38_000_000, UTM_2025, ProcurementMethod.PUBLIC_TENDER, null, null, null);
        p.publish(2, 12, false);
        p.amend(9, "Se aclara la superficie a mantener", "Superficie total: 18.500 m²; se agrega plano", null);
        // all before the original closing, so the demo holds whatever the configured extension after an amendment
        p.bid(0, ANDES, 36_500_000, null).bid(0, CORDILLERA, 34_900_000, null).bid(1, MAULE, 37_200_000, null)
                .bid(1, LAGOS, 33_000_000, null);
        p.open(1).admit(1, 0, 1, 2).reject(0, 3, "Boleta de garantía de seriedad de la oferta no presentada");
        p.evaluate(3, 75, 88, 64).award(5, 1);
        Contract c = p.contract(12, p.bid(1), 34_900_000, 365);
        c.order(1, 34_900_000, "Orden de compra anual").pay(30, 2_908_000).pay(30, 2_908_000).pay(30, 2_908_000);
    }

    /** LP (1,000 to under 2,000 UTM), two lots awarded to two suppliers, two contracts, completed. */
    private void multiLotTender() {
        Process p = plan("lp-concepcion", "08101", 330, "Equipamiento computacional para el laboratorio de innovación",
                ProcurementCategory.GOODS, items("Notebooks para talleres", 40, "unidad", "43211503", "notebooks",
                        "Proyectores multimedia", 6, "unidad", "45111609", "proyectores"),
                95_000_000, UTM_2025, ProcurementMethod.PUBLIC_TENDER, null, null, null);
        p.publish(3, 21, false);
        p.bid(2, AUSTRAL, 71_000_000, "notebooks").bid(1, PACIFICO, 74_500_000, "notebooks")
                .bid(3, AUSTRAL, 17_200_000, "proyectores").bid(1, DESIERTO, 15_900_000, "proyectores");
        p.open(1).admitAll(2).evaluate(5, 82, 71, 66, 79).award(4, 0, 3);
        Contract notebooks = p.contract(10, p.bid(0), 71_000_000, 90);
        Contract projectors = p.contract(0, p.bid(3), 15_900_000, 60);
        notebooks.order(2, 71_000_000, "Orden de compra notebooks").pay(40, 71_000_000);
        projectors.order(0, 15_900_000, "Orden de compra proyectores").pay(20, 15_900_000);
        p.complete(10);
    }

    /** LQ (2,000 to under 5,000 UTM): a single bid, inadmissible, so the tender is declared void (desierta). */
    private void voidTender() {
        Process p = plan("lq-temuco", "09101", 250, "Diseño e implementación de plataforma de trámites en línea",
                ProcurementCategory.SERVICES, items("Plataforma de trámites municipales", 1, "servicio",
                        "81112000", null),
                210_000_000, UTM_2025, ProcurementMethod.PUBLIC_TENDER, null, null, null);
        p.publish(4, 25, false);
        p.bid(20, MAULE, 198_000_000, null);
        p.open(1).reject(2, 0, "La oferta técnica no acredita experiencia en proyectos similares");
        p.declareVoid(3, "Única oferta inadmisible: la licitación se declara desierta");
    }

    /** LR (5,000 UTM and above): market consultation, three bids, a contract amended upwards within 30 %. */
    private void largeWorksWithAmendedContract() {
        Process p = plan("lr-antofagasta", "02101", 560, "Construcción del centro municipal de innovación",
                ProcurementCategory.WORKS, items("Obra gruesa y terminaciones", 1, "obra", "72111000", null),
                520_000_000, UTM_2025, ProcurementMethod.PUBLIC_TENDER, null, null, null);
        p.consult(20, "Consulta al mercado con 7 empresas constructoras de la región; plazo de obra realista 10 meses");
        p.publish(15, 35, false);
        p.bid(10, ATACAMA, 498_000_000, null).bid(5, LAGOS, 515_000_000, null).bid(8, ANDES, 530_000_000, null);
        p.open(1).admitAll(3).evaluate(10, 84, 77, 58).award(7, 0);
        Contract c = p.contract(20, p.bid(0), 498_000_000, 300);
        c.order(3, 498_000_000, "Orden de compra de la obra").pay(60, 99_600_000).pay(60, 124_500_000);
        c.amend(15, 572_700_000, 60, "Obras extraordinarias de contención de talud, aprobadas por decreto alcaldicio");
        c.pay(60, 149_400_000);
    }

    /** LR with its consultation; the contract is terminated early for the supplier's breach. */
    private void terminatedContract() {
        Process p = plan("lr-puerto-montt", "10101", 620, "Servicio de recolección de residuos domiciliarios",
                ProcurementCategory.SERVICES, items("Recolección de residuos, sector urbano", 24, "mes", "76121500",
                        null),
                400_000_000, UTM_2025, ProcurementMethod.PUBLIC_TENDER, null, null, null);
        p.consult(15, "Consulta al mercado: 4 empresas del rubro; se ajusta la frecuencia de recolección");
        p.publish(10, 32, false);
        p.bid(10, CORDILLERA, 385_000_000, null).bid(12, LAGOS, 392_000_000, null);
        p.open(1).admitAll(2).evaluate(6, 80, 73).award(5, 0);
        Contract c = p.contract(15, p.bid(0), 385_000_000, 730);
        c.order(2, 96_250_000, "Orden de compra primer semestre").pay(30, 16_040_000).pay(30, 16_040_000);
        c.terminate(40, "Término anticipado por incumplimientos graves y reiterados en la frecuencia de recolección");
    }

    /** Compra Ágil (up to 100 UTM): three quotes, awarded, paid and completed. */
    private void compraAgilCompleted() {
        Process p = plan("agil-chillan", "16101", 200, "Insumos para taller de cocreación vecinal",
                ProcurementCategory.GOODS, items("Kit de materiales para taller", 30, "kit", null, null),
                3_100_000, UTM_2025, ProcurementMethod.COMPRA_AGIL, null, null, null);
        p.publish(1, 2, false);
        p.bid(0, DESIERTO, 2_980_000, null).bid(0, PACIFICO, 3_050_000, null).bid(1, ANDES, 2_890_000, null);
        p.open(1).award(1, 2);
        p.contract(2, p.bid(2), 2_890_000, 15).order(0, 2_890_000, "Orden de compra Compra Ágil").pay(20, 2_890_000);
        p.complete(3);
    }

    /** Compra Ágil with only two quotes: it cannot be awarded, so it is declared void. */
    private void compraAgilVoid() {
        Process p = plan("agil-arica", "15101", 150, "Arriendo de sillas y toldos para cabildo abierto",
                ProcurementCategory.SERVICES, items("Arriendo de 200 sillas y 4 toldos", 1, "servicio", null, null),
                1_450_000, UTM_2025, ProcurementMethod.COMPRA_AGIL, null, null, null);
        p.publish(1, 2, false);
        p.bid(0, CORDILLERA, 1_390_000, null).bid(1, ANDES, 1_420_000, null);
        p.open(1).declareVoid(1, "Se recibieron solo dos cotizaciones; se requieren al menos tres");
    }

    /** Trato directo on emergency grounds: awarded at once, paid and completed. */
    private void emergencyDirectAward() {
        Process p = plan("td-valdivia", "14101", 180, "Reparación urgente del colector de aguas lluvia de calle Picarte",
                ProcurementCategory.WORKS, items("Reparación de colector colapsado", 1, "obra", null, null),
                48_000_000, UTM_2025, ProcurementMethod.DIRECT_AWARD, DirectAwardGround.EMERGENCY,
                "Colapso del colector tras el sistema frontal del 12 de junio; riesgo de anegamiento de viviendas, "
                        + "decreto alcaldicio de emergencia N° 1.245", null);
        Contract c = p.awardDirectly(1, LAGOS, 47_300_000).contract(1, 47_300_000, 45);
        c.order(0, 47_300_000, "Orden de compra de la reparación").pay(50, 47_300_000);
        p.complete(5);
    }

    /** Trato directo from the sole supplier of licensed software; the contract is running. */
    private void soleSupplierDirectAward() {
        Process p = plan("td-la-serena", "04101", 90, "Renovación de licencias del sistema de gestión documental",
                ProcurementCategory.SERVICES, items("Licencia anual, 120 usuarios", 1, "licencia", "43232300", null),
                12_000_000, UTM_2026, ProcurementMethod.DIRECT_AWARD, DirectAwardGround.SOLE_SUPPLIER,
                "El fabricante es titular exclusivo de los derechos del software en uso; certificado de exclusividad "
                        + "adjunto", null);
        p.awardDirectly(2, AUSTRAL, 11_800_000).contract(3, 11_800_000, 365)
                .order(1, 11_800_000, "Orden de compra licencias").pay(30, 11_800_000);
    }

    /** Convenio marco: office furniture bought from the framework agreement's catalogue. */
    private void frameworkPurchase() {
        Process p = plan("cm-rancagua", "06101", 120, "Mobiliario para la sala del laboratorio de innovación",
                ProcurementCategory.GOODS, items("Mesas modulares", 10, "unidad", "56101700", null,
                        "Sillas ergonómicas", 40, "unidad", "56101500", null),
                9_600_000, UTM_2026, ProcurementMethod.FRAMEWORK_AGREEMENT, null, null, "2239-7-LR23");
        Contract c = p.awardDirectly(1, ARAUCO, 9_420_000).contract(0, 9_420_000, 30);
        c.order(0, 9_420_000, "Orden de compra vía convenio marco").pay(35, 9_420_000);
        p.complete(2);
    }

    /** Three Compras Ágiles of one buyer to one supplier within 60 days, each just under 100 UTM. */
    private void splitCompraAgil() {
        String[] what = {"Catering para jornada de participación", "Catering para cabildo juvenil",
                "Catering para mesa territorial"};
        for (int i = 0; i < what.length; i++) {
            long estimate = 6_700_000 + i * 40_000L;
            Process p = plan("agil-iquique-" + (i + 1), "01101", 140 - i * 25, what[i], ProcurementCategory.SERVICES,
                    items("Servicio de catering", 1, "servicio", "90101600", null),
                    estimate, UTM_2025, ProcurementMethod.COMPRA_AGIL, null, null, null);
            p.publish(1, 2, false);
            p.bid(0, DESIERTO, estimate - 20_000, null).bid(0, PACIFICO, estimate + 150_000, null)
                    .bid(1, ANDES, estimate + 90_000, null);
            p.open(1).award(1, 0);
            p.contract(1, p.bid(0), estimate - 20_000, 5).pay(10, estimate - 20_000);
            p.complete(1);
        }
    }

    /** LE with a single bid, awarded 30 % above the estimate. */
    private void singleBidderAboveEstimate() {
        Process p = plan("le-punta-arenas", "12101", 210, "Transporte para talleres rurales de innovación",
                ProcurementCategory.SERVICES, items("Traslado de participantes, 40 viajes", 40, "viaje", null, null),
                20_000_000, UTM_2025, ProcurementMethod.PUBLIC_TENDER, null, null, null);
        p.publish(2, 11, false);
        p.bid(9, CORDILLERA, 26_000_000, null);
        p.open(1).admitAll(2).evaluate(3, 61).award(4, 0);
        p.contract(6, p.bid(0), 26_000_000, 180).order(1, 13_000_000, "Orden de compra primer semestre")
                .pay(30, 6_500_000);
    }

    /** LE published for the reduced period of 5 days, with its justification. */
    private void reducedPeriodTender() {
        Process p = plan("le-coyhaique", "11101", 100, "Calefactores para escuelas rurales",
                ProcurementCategory.GOODS, items("Calefactor a pellet", 25, "unidad", "40101800", null),
                21_500_000, UTM_2026, ProcurementMethod.PUBLIC_TENDER, null, null, null);
        p.publish(2, 5, true);
        p.bid(1, AUSTRAL, 20_400_000, null).bid(2, PACIFICO, 21_100_000, null);
        p.open(1).admitAll(1).evaluate(2, 72, 69).award(2, 0);
    }

    /** LP still at planning. */
    private void plannedOnly() {
        plan("lp-talca", "07101", 10, "Estudio de movilidad urbana sostenible", ProcurementCategory.SERVICES,
                items("Estudio de movilidad", 1, "estudio", "80101500", null),
                110_000_000, UTM_2026, ProcurementMethod.PUBLIC_TENDER, null, null, null);
    }

    /** LE open now: its two bids stay confidential until the opening. */
    private void openTender() {
        Process p = plan("le-copiapo", "03101", 8, "Señalética inclusiva para edificios municipales",
                ProcurementCategory.GOODS, items("Placas braille y señalética podotáctil", 120, "unidad", null, null),
                24_000_000, UTM_2026, ProcurementMethod.PUBLIC_TENDER, null, null, null);
        p.publish(2, 12, false);
        p.bid(2, ARAUCO, 22_800_000, null).bid(1, ANDES, 23_500_000, null);
    }

    private Process plan(String key, String commune, int daysAgo, String title, ProcurementCategory category,
                         List<ProcurementItem> items, long estimate, Clp utm, ProcurementMethod method,
                         DirectAwardGround ground, String justification, String agreement) {
        Process p = new Process(id(key), now.minus(DAY.multipliedBy(daysAgo)));
        planned++;
        commands.sendAndWait(new PlanProcurementCommand(p.id, CommuneCode.of(commune), title,
                "Compra demostrativa de la red de laboratorios de innovación municipal: " + title.toLowerCase() + ".",
                category, items, Clp.of(estimate), utm, method, ground, justification, agreement, p.at));
        return p;
    }

    /** Items from (description, quantity, unit, UNSPSC code, lot) groups of five. */
    private static List<ProcurementItem> items(Object... fields) {
        if (fields.length % 5 != 0) {
            throw new IllegalArgumentException("Items come in groups of five fields");
        }
        List<ProcurementItem> items = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 5) {
            items.add(new ProcurementItem(String.valueOf(i / 5 + 1), (String) fields[i], ((Integer) fields[i + 1]),
                    (String) fields[i + 2], (String) fields[i + 3], (String) fields[i + 4]));
        }
        return items;
    }

    private record Supplier(String rut, String name) {
    }

    /** One process of the demo, played in time order; every step is some days after the previous one. */
    private final class Process {
        private final String id;
        private Instant at;
        private Instant closesAt;
        private final List<String> bids = new ArrayList<>();
        private final List<String> admitted = new ArrayList<>();
        private int contracts;

        Process(String id, Instant plannedAt) {
            this.id = id;
            this.at = plannedAt;
        }

        private Instant later(int days) {
            at = at.plus(DAY.multipliedBy(days));
            if (at.isAfter(now)) {
                throw new IllegalStateException("Demo process " + id + " runs past now; shorten its steps");
            }
            return at;
        }

        Process consult(int days, String summary) {
            commands.sendAndWait(new RecordMarketConsultationCommand(id, summary, later(days)));
            return this;
        }

        Process publish(int days, int openDays, boolean reduced) {
            Instant publishedAt = later(days);
            closesAt = publishedAt.plus(DAY.multipliedBy(openDays));
            commands.sendAndWait(new PublishTenderCommand(id, closesAt, reduced,
                    reduced ? "Bienes de simple y objetiva especificación, de uso común en el mercado" : null,
                    publishedAt));
            return this;
        }

        Process amend(int days, String rationale, String description, Instant newClosing) {
            Instant amendedAt = later(days);
            commands.sendAndWait(new AmendTenderCommand(id, rationale, description, newClosing, amendedAt));
            // the rules may have extended the closing: the demo opens no sooner than the longest default extension
            Instant latest = amendedAt.plus(DAY.multipliedBy(15));
            closesAt = latest.isAfter(closesAt) ? latest : closesAt;
            return this;
        }

        Process bid(int days, Supplier supplier, long amount, String lot) {
            String bidId = id(id + "-bid-" + bids.size());
            commands.sendAndWait(new SubmitBidCommand(id, bidId, Rut.of(supplier.rut()), supplier.name(),
                    Clp.of(amount), lot, List.of(new BidDocument("Oferta económica",
                    "https://documentos.example.cl/ofertas/" + bidId + ".pdf")), later(days)));
            bids.add(bidId);
            return this;
        }

        String bid(int index) {
            return bids.get(index);
        }

        /** Opens the bids the given number of days after the closing (or after the last step, if later). */
        Process open(int daysAfterClosing) {
            if (at.isBefore(closesAt)) {
                at = closesAt;
            }
            commands.sendAndWait(new OpenBidsCommand(id, later(daysAfterClosing)));
            return this;
        }

        Process admitAll(int days) {
            Instant t = later(days);
            bids.forEach(b -> commands.sendAndWait(new DecideBidAdmissibilityCommand(id, b, true, List.of(), t)));
            admitted.addAll(bids);
            return this;
        }

        Process admit(int days, int... indexes) {
            Instant t = later(days);
            for (int i : indexes) {
                commands.sendAndWait(new DecideBidAdmissibilityCommand(id, bids.get(i), true, List.of(), t));
                admitted.add(bids.get(i));
            }
            return this;
        }

        Process reject(int days, int index, String reason) {
            commands.sendAndWait(new DecideBidAdmissibilityCommand(id, bids.get(index), false, List.of(reason),
                    later(days)));
            return this;
        }

        /** Scores the admissible bids in the order they were admitted. */
        Process evaluate(int days, int... scores) {
            List<BidScore> list = new ArrayList<>();
            int s = 0;
            for (String bid : admitted) {
                list.add(new BidScore(bid, scores[s++]));
            }
            commands.sendAndWait(new EvaluateBidsCommand(id, list,
                    "Acta de evaluación de la comisión evaluadora: criterios precio, experiencia y plazo", later(days)));
            return this;
        }

        Process award(int days, int... indexes) {
            List<String> awarded = new ArrayList<>();
            for (int i : indexes) {
                awarded.add(bids.get(i));
            }
            commands.sendAndWait(new AwardBidsCommand(id, awarded, later(days)));
            return this;
        }

        Process declareVoid(int days, String reason) {
            commands.sendAndWait(new DeclareProcurementVoidCommand(id, reason, later(days)));
            return this;
        }

        Award awardDirectly(int days, Supplier supplier, long amount) {
            String awardId = id(id + "-award");
            commands.sendAndWait(new AwardDirectlyCommand(id, awardId, Rut.of(supplier.rut()), supplier.name(),
                    Clp.of(amount), later(days)));
            return new Award(this, awardId);
        }

        Contract contract(int days, String awardId, long value, int lengthDays) {
            String contractId = id(id + "-contract-" + contracts++);
            Instant signedAt = later(days);
            LocalDate starts = signedAt.atZone(CHILE).toLocalDate().plusDays(1);
            commands.sendAndWait(new SignContractCommand(id, contractId, awardId, Clp.of(value), starts,
                    starts.plusDays(lengthDays), signedAt));
            return new Contract(this, contractId, starts.plusDays(lengthDays));
        }

        void complete(int days) {
            commands.sendAndWait(new CompleteProcurementCommand(id, later(days)));
        }
    }

    private record Award(Process process, String awardId) {
        Contract contract(int days, long value, int lengthDays) {
            return process.contract(days, awardId, value, lengthDays);
        }
    }

    private final class Contract {
        private final Process process;
        private final String contractId;
        private LocalDate endsOn;
        private String lastOrder;
        private int orders;
        private int payments;

        Contract(Process process, String contractId, LocalDate endsOn) {
            this.process = process;
            this.contractId = contractId;
            this.endsOn = endsOn;
        }

        Contract order(int days, long amount, String description) {
            lastOrder = id(contractId + "-order-" + orders++);
            commands.sendAndWait(new IssuePurchaseOrderCommand(process.id, contractId, lastOrder, Clp.of(amount),
                    description, process.later(days)));
            return this;
        }

        Contract pay(int days, long amount) {
            commands.sendAndWait(new RecordContractPaymentCommand(process.id, contractId,
                    id(contractId + "-payment-" + payments++), Clp.of(amount), lastOrder, process.later(days)));
            return this;
        }

        Contract amend(int days, long value, int extraDays, String rationale) {
            endsOn = endsOn.plusDays(extraDays);
            commands.sendAndWait(new AmendContractCommand(process.id, contractId, Clp.of(value), endsOn, rationale,
                    process.later(days)));
            return this;
        }

        void terminate(int days, String reason) {
            commands.sendAndWait(new TerminateContractCommand(process.id, contractId, reason, process.later(days)));
        }
    }
}
