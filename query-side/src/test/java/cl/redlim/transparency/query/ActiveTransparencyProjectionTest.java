package cl.redlim.transparency.query;

import cl.redlim.document.api.DocumentClassification;
import cl.redlim.document.api.DocumentContent;
import cl.redlim.document.api.DocumentLinks;
import cl.redlim.document.api.DocumentLoadedEvent;
import cl.redlim.document.api.DocumentNumberedEvent;
import cl.redlim.document.api.DocumentType;
import cl.redlim.document.api.ReservationGround;
import cl.redlim.fund.api.FundApplicationAwardedEvent;
import cl.redlim.fund.api.FundApplicationDraftedEvent;
import cl.redlim.fund.api.FundTranchePaidEvent;
import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.kernel.Rut;
import cl.redlim.procurement.api.AwardLine;
import cl.redlim.procurement.api.ContractSignedEvent;
import cl.redlim.procurement.api.ProcurementAwardedEvent;
import cl.redlim.procurement.api.ProcurementCategory;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.ProcurementPlannedEvent;
import cl.redlim.readmodel.InMemoryMongo;
import cl.redlim.territory.api.CommuneRegisteredEvent;
import cl.redlim.transparency.api.ActiveTransparencyItem;
import cl.redlim.transparency.api.ActiveTransparencyView;
import cl.redlim.transparency.api.FindActiveTransparencyQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActiveTransparencyProjectionTest {

    private static final CommuneCode MAIPU = CommuneCode.of("13119");
    private static final CommuneCode SANTIAGO = CommuneCode.of("13101");
    private static final Instant MARCH = Instant.parse("2025-03-10T15:00:00Z");
    private static final Instant MAY = Instant.parse("2025-05-02T15:00:00Z");

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    private ActiveTransparencyProjection projection;

    @BeforeEach
    void fresh() {
        projection = new ActiveTransparencyProjection(mongo.freshDatabase());
        projection.on(new CommuneRegisteredEvent(MAIPU, "Maipú", "131", "13"));
        projection.on(new CommuneRegisteredEvent(SANTIAGO, "Santiago", "131", "13"));
    }

    private ActiveTransparencyView.Item item(CommuneCode commune, ActiveTransparencyItem item) {
        return projection.handle(new FindActiveTransparencyQuery(commune)).items().stream()
                .filter(i -> i.item() == item).findFirst().orElseThrow();
    }

    private void purchase(String processId, CommuneCode buyer, Instant awardedAt) {
        projection.on(new ProcurementPlannedEvent(processId, buyer, "Compra", "Compra", ProcurementCategory.GOODS,
                List.of(), Clp.of(1_000_000), Clp.of(68_000), ProcurementMethod.DIRECT_AWARD, null, null, "x", null,
                awardedAt.minusSeconds(86_400)));
        projection.on(new ProcurementAwardedEvent(processId, List.of(new AwardLine("a-" + processId, null,
                Rut.of("76123456-0"), "Proveedor", Clp.of(900_000), null)), awardedAt));
    }

    @Test
    void everyLetterOfArticle7IsListedAndOnlyContractsTransfersAndActsAreHeld() {
        ActiveTransparencyView view = projection.handle(new FindActiveTransparencyQuery(MAIPU));
        assertThat(view.communeName()).isEqualTo("Maipú");
        assertThat(view.items()).extracting(ActiveTransparencyView.Item::letter)
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m");
        assertThat(view.items()).filteredOn(ActiveTransparencyView.Item::heldInRedlim)
                .extracting(ActiveTransparencyView.Item::item)
                .containsExactly(ActiveTransparencyItem.CONTRACTS, ActiveTransparencyItem.TRANSFERS,
                        ActiveTransparencyItem.ACTS_AFFECTING_THIRD_PARTIES);
        assertThat(view.items()).filteredOn(i -> !i.heldInRedlim()).allMatch(i -> i.links().isEmpty());
        assertThat(item(MAIPU, ActiveTransparencyItem.CONTRACTS).links())
                .contains("/api/v1/public/procurements?commune=13119");
    }

    @Test
    void contractsCountTheMunicipalitysPurchasesAndShowTheLatestFact() {
        purchase("p1", MAIPU, MARCH);
        purchase("p2", MAIPU, MAY);
        purchase("p3", SANTIAGO, MAY);
        projection.on(new ContractSignedEvent("p1", "c1", "a-p1", Rut.of("76123456-0"), Clp.of(900_000),
                LocalDate.of(2025, 3, 12), LocalDate.of(2025, 4, 12), MARCH.plusSeconds(3600)));

        ActiveTransparencyView.Item contracts = item(MAIPU, ActiveTransparencyItem.CONTRACTS);
        assertThat(contracts.records()).isEqualTo(2);
        assertThat(contracts.lastUpdate()).as("a late fact about an older purchase does not move it back")
                .isEqualTo(MAY);
        assertThat(item(SANTIAGO, ActiveTransparencyItem.CONTRACTS).records()).isEqualTo(1);
        assertThat(item(SANTIAGO, ActiveTransparencyItem.TRANSFERS).records()).isZero();
        assertThat(item(SANTIAGO, ActiveTransparencyItem.TRANSFERS).lastUpdate()).isNull();
    }

    @Test
    void transfersComeFromTheFundsAwardsAndTranches() {
        projection.on(new FundApplicationDraftedEvent("app-1", "call-1", MAIPU, "Proyecto", "Descripción",
                Clp.of(50_000_000), 300, MARCH.minusSeconds(86_400 * 30)));
        projection.on(new FundApplicationAwardedEvent("app-1", "call-1", Clp.of(45_000_000), new BigDecimal("80.00"),
                MARCH));
        projection.on(new FundTranchePaidEvent("app-1", 1, Clp.of(27_000_000), MAY));

        ActiveTransparencyView.Item transfers = item(MAIPU, ActiveTransparencyItem.TRANSFERS);
        assertThat(transfers.records()).isEqualTo(1);
        assertThat(transfers.lastUpdate()).isEqualTo(MAY);
    }

    @Test
    void replayingTheSameEventsChangesNothing() {
        purchase("p1", MAIPU, MARCH);
        ActiveTransparencyView first = projection.handle(new FindActiveTransparencyQuery(MAIPU));
        purchase("p1", MAIPU, MARCH);
        assertThat(projection.handle(new FindActiveTransparencyQuery(MAIPU))).isEqualTo(first);
    }

    @Test
    void actsArePublicDecreesAndResolutionsOnceNumbered() {
        load("decree", DocumentType.DECREE, DocumentClassification.PUBLIC);
        load("sumario", DocumentType.RESOLUTION, DocumentClassification.RESERVED);
        load("memo", DocumentType.MEMORANDUM, DocumentClassification.PUBLIC);
        load("resolution", DocumentType.RESOLUTION, DocumentClassification.PUBLIC);
        for (String id : List.of("decree", "sumario", "memo")) {
            projection.on(new DocumentNumberedEvent(id, 1, 2025, 7, MARCH));
        }
        ActiveTransparencyView.Item acts = item(MAIPU, ActiveTransparencyItem.ACTS_AFFECTING_THIRD_PARTIES);
        assertThat(acts.records()).as("the resolution is not numbered; the sumario is reserved; a memo is no act")
                .isEqualTo(1);
        assertThat(acts.lastUpdate()).isEqualTo(MARCH);
    }

    private void load(String id, DocumentType type, DocumentClassification classification) {
        projection.on(new DocumentLoadedEvent(id, MAIPU, type, "Título", "Autor", classification,
                classification == DocumentClassification.RESERVED ? ReservationGround.DUE_FULFILMENT_OF_FUNCTIONS
                        : null, null, DocumentLinks.NONE, new DocumentContent("a".repeat(64), 10, "application/pdf",
                "d.pdf"), MARCH.minusSeconds(3600)));
    }

    @Test
    void anUnknownCommuneIsNotFound() {
        assertThatThrownBy(() -> projection.handle(new FindActiveTransparencyQuery(CommuneCode.of("13199"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }
}
