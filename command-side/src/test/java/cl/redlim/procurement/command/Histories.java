package cl.redlim.procurement.command;

import cl.redlim.access.api.Actor;
import cl.redlim.access.api.Role;
import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;
import cl.redlim.procurement.api.*;
import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.CommuneRegistry;
import cl.redlim.territory.api.CommuneRegistry.CommuneProfile;
import cl.redlim.territory.api.Rurality;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The histories the procurement tests start from, and the commands that lead from one to the next. The UTM value is
 * 70,000 CLP, so that every band edge the tests need (99.99 UTM = 6,999,300 CLP) is a whole number of pesos.
 */
final class Histories {

    static final String ID = "proc-1";
    static final CommuneCode MAIPU = CommuneCode.of("13119");
    static final CommuneCode UNREGISTERED = CommuneCode.of("13199");
    static final Clp UTM = Clp.of(70_000);

    static final Instant PLANNED_AT = Instant.parse("2025-03-03T12:00:00Z");
    static final Instant CONSULTED_AT = Instant.parse("2025-03-05T12:00:00Z");
    static final Instant PUBLISHED_AT = Instant.parse("2025-03-10T12:00:00Z");
    /** The standard tender is an LP: published for its 20 days. */
    static final Instant CLOSES_AT = PUBLISHED_AT.plus(Duration.ofDays(20));
    static final Instant WHILE_OPEN = PUBLISHED_AT.plus(Duration.ofDays(3));
    static final Instant OPENED_AT = CLOSES_AT.plus(Duration.ofHours(2));
    static final Instant DECIDED_AT = CLOSES_AT.plus(Duration.ofDays(2));
    static final Instant EVALUATED_AT = CLOSES_AT.plus(Duration.ofDays(5));
    static final Instant AWARDED_AT = CLOSES_AT.plus(Duration.ofDays(10));
    static final Instant SIGNED_AT = CLOSES_AT.plus(Duration.ofDays(20));
    static final Instant LATER = CLOSES_AT.plus(Duration.ofDays(60));
    static final LocalDate STARTS_ON = LocalDate.parse("2025-05-01");
    static final LocalDate ENDS_ON = LocalDate.parse("2025-12-31");

    /** 1,500 UTM: an LP tender. */
    static final Clp LP_ESTIMATE = utm("1500");
    static final Clp COMPRA_AGIL_ESTIMATE = utm("80");

    static final Rut ACME = rut("76086428");
    static final Rut BETA = rut("77123456");
    static final Rut GAMMA = rut("78654321");
    static final Rut DELTA = rut("96512345");

    private Histories() {
    }

    static FixtureConfiguration<ProcurementProcess> fixture(ProcurementRules rules) {
        FixtureConfiguration<ProcurementProcess> fixture = new AggregateTestFixture<>(ProcurementProcess.class);
        fixture.registerInjectableResource(rules);
        fixture.registerInjectableResource(communes());
        return fixture;
    }

    static FixtureConfiguration<ProcurementProcess> fixture() {
        return fixture(new ProcurementRules());
    }

    /** Maipú is registered; 13199 is not. */
    static CommuneRegistry communes() {
        return cut -> cut.equals(MAIPU) ? Optional.of(new CommuneProfile(MAIPU, "Maipú", CommuneGroup.GROUP_2,
                Rurality.PREDOMINANTLY_URBAN)) : Optional.empty();
    }

    /** An amount of UTM in pesos at 70,000 CLP per UTM, exactly. */
    static Clp utm(String utm) {
        return Clp.of(new BigDecimal(utm).multiply(BigDecimal.valueOf(UTM.amount())).longValueExact());
    }

    static Rut rut(String body) {
        return Rut.of(body + "-" + Rut.checkDigit(body));
    }

    /** The metadata of an integrator of Peñalolén, which may not act for Maipú. */
    static Map<String, String> foreignIntegrator() {
        return new Actor("penalolen", Role.INTEGRATOR, "Municipalidad de Peñalolén", Set.of("13122"), Set.of())
                .toMetaData();
    }

    /** The metadata of an integrator of the Metropolitan region, which includes Maipú. */
    static Map<String, String> regionalIntegrator() {
        return new Actor("rm", Role.INTEGRATOR, "Gobierno Regional RM", Set.of(), Set.of("13")).toMetaData();
    }

    static Object[] append(Object[] history, Object... more) {
        Object[] all = Arrays.copyOf(history, history.length + more.length);
        System.arraycopy(more, 0, all, history.length, more.length);
        return all;
    }

    // --- plans -------------------------------------------------------------------------------------------------

    /** A plan, changed field by field; {@link #command()} and {@link #planned(TenderType)} say the same thing. */
    static final class Plan {
        CommuneCode buyer = MAIPU;
        String title = "Reposición de luminarias LED";
        String description = "Cambio de 1.200 luminarias de sodio por LED en avenidas principales";
        ProcurementCategory category = ProcurementCategory.GOODS;
        List<ProcurementItem> items = new ArrayList<>(List.of(
                new ProcurementItem("1", "Luminaria LED 150 W", 1200, "unidad", "39111500", null),
                new ProcurementItem("2", "Instalación", 1, "servicio", null, null)));
        Clp estimate = LP_ESTIMATE;
        Clp utmValue = UTM;
        ProcurementMethod method = ProcurementMethod.PUBLIC_TENDER;
        DirectAwardGround ground;
        String justification;
        String agreement;

        Plan method(ProcurementMethod method) {
            this.method = method;
            return this;
        }

        Plan estimate(Clp estimate) {
            this.estimate = estimate;
            return this;
        }

        Plan items(ProcurementItem... items) {
            this.items = new ArrayList<>(Arrays.asList(items));
            return this;
        }

        /** Two lots: "norte" (item 1) and "sur" (item 2). */
        Plan withLots() {
            return items(new ProcurementItem("1", "Luminarias sector norte", 600, "unidad", null, "norte"),
                    new ProcurementItem("2", "Luminarias sector sur", 600, "unidad", null, "sur"));
        }

        Plan directAward(DirectAwardGround ground, String justification) {
            this.method = ProcurementMethod.DIRECT_AWARD;
            this.ground = ground;
            this.justification = justification;
            return this;
        }

        Plan framework(String agreement) {
            this.method = ProcurementMethod.FRAMEWORK_AGREEMENT;
            this.agreement = agreement;
            return this;
        }

        PlanProcurementCommand command() {
            return new PlanProcurementCommand(ID, buyer, title, description, category, items, estimate, utmValue,
                    method, ground, justification, agreement, PLANNED_AT);
        }

        ProcurementPlannedEvent planned(TenderType type) {
            return new ProcurementPlannedEvent(ID, buyer, title, description, category, List.copyOf(items), estimate,
                    utmValue, method, type, ground, justification, agreement, PLANNED_AT);
        }
    }

    static Plan plan() {
        return new Plan();
    }

    // --- histories ---------------------------------------------------------------------------------------------

    static Object[] planned() {
        return new Object[]{plan().planned(TenderType.LP)};
    }

    static Object[] plannedWithLots() {
        return new Object[]{plan().withLots().planned(TenderType.LP)};
    }

    static Object[] plannedCompraAgil() {
        return new Object[]{plan().method(ProcurementMethod.COMPRA_AGIL).estimate(COMPRA_AGIL_ESTIMATE)
                .planned(null)};
    }

    static Object[] plannedDirectAward() {
        return new Object[]{plan().directAward(DirectAwardGround.EMERGENCY, "Temporal dañó el alumbrado")
                .planned(null)};
    }

    static Object[] plannedFramework() {
        return new Object[]{plan().framework("CM-2239-5-LR23").planned(null)};
    }

    static TenderPublishedEvent published(Instant closesAt, int minimumDays) {
        return new TenderPublishedEvent(ID, closesAt, Duration.ofDays(minimumDays), false, null, PUBLISHED_AT);
    }

    /** The standard LP tender, published for 20 days. */
    static Object[] publishedTender() {
        return append(planned(), published(CLOSES_AT, 20));
    }

    static Object[] publishedWithLots() {
        return append(plannedWithLots(), published(CLOSES_AT, 20));
    }

    static Object[] publishedCompraAgil() {
        return append(plannedCompraAgil(), published(CLOSES_AT, 1));
    }

    static BidSubmittedEvent bid(String bidId, Rut supplier, long amount, String lot) {
        return new BidSubmittedEvent(ID, bidId, supplier, "Proveedor " + supplier, Clp.of(amount), lot,
                List.of(new BidDocument("Oferta económica", "https://docs.example.cl/" + bidId + ".pdf")),
                WHILE_OPEN);
    }

    static BidSubmittedEvent bid(String bidId, Rut supplier, long amount) {
        return bid(bidId, supplier, amount, null);
    }

    /** Three bids: b1 from ACME, b2 from BETA, b3 from GAMMA. */
    static Object[] threeBids(Object[] published) {
        return append(published, bid("b1", ACME, 95_000_000), bid("b2", BETA, 99_000_000),
                bid("b3", GAMMA, 90_000_000));
    }

    static BidsOpenedEvent opened(int count) {
        return new BidsOpenedEvent(ID, count, OPENED_AT);
    }

    static Object[] opened() {
        return append(threeBids(publishedTender()), opened(3));
    }

    static BidDeclaredAdmissibleEvent admissible(String bidId) {
        return new BidDeclaredAdmissibleEvent(ID, bidId, DECIDED_AT);
    }

    static BidDeclaredInadmissibleEvent inadmissible(String bidId) {
        return new BidDeclaredInadmissibleEvent(ID, bidId, List.of("Sin boleta de garantía"), DECIDED_AT);
    }

    /** b1 and b2 admissible, b3 inadmissible. */
    static Object[] decided() {
        return append(opened(), admissible("b1"), admissible("b2"), inadmissible("b3"));
    }

    static BidsEvaluatedEvent evaluation() {
        return new BidsEvaluatedEvent(ID, List.of(new BidScore("b1", 85), new BidScore("b2", 70)),
                "Acta de evaluación", EVALUATED_AT);
    }

    static Object[] evaluated() {
        return append(decided(), evaluation());
    }

    static AwardLine awardOf(BidSubmittedEvent bid) {
        return new AwardLine(bid.bidId(), bid.bidId(), bid.supplier(), bid.supplierName(), bid.amount(), bid.lot());
    }

    /** Awarded to b1: 95,000,000 CLP. */
    static Object[] awarded() {
        return append(evaluated(), new ProcurementAwardedEvent(ID, List.of(awardOf(bid("b1", ACME, 95_000_000))),
                AWARDED_AT));
    }

    static ContractSignedEvent signed(String contractId, String awardId, Rut supplier, long value) {
        return new ContractSignedEvent(ID, contractId, awardId, supplier, Clp.of(value), STARTS_ON, ENDS_ON,
                SIGNED_AT);
    }

    /** Contract c1 for the award b1, worth 90,000,000 CLP (below the award). */
    static Object[] contracted() {
        return append(awarded(), signed("c1", "b1", ACME, 90_000_000));
    }

    static PurchaseOrderIssuedEvent ordered(String orderId, long amount) {
        return new PurchaseOrderIssuedEvent(ID, "c1", orderId, Clp.of(amount), "Entrega parcial", LATER);
    }

    static ContractPaymentRecordedEvent paid(String paymentId, long amount, String orderId) {
        return new ContractPaymentRecordedEvent(ID, "c1", paymentId, Clp.of(amount), orderId, LATER);
    }
}
