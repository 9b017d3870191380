package cl.redlim.procurement.command;

import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.TenderType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static cl.redlim.procurement.api.ProcurementMethod.COMPRA_AGIL;
import static cl.redlim.procurement.api.ProcurementMethod.PUBLIC_TENDER;
import static org.assertj.core.api.Assertions.assertThat;

/** The periods come from configuration, with the regulation's defaults, and are checked when the app starts. */
class ProcurementRulesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ProcurementConfiguration.class);

    @Test
    void withoutConfiguration_theDefaultsOfTheRegulationApply() {
        context.run(c -> {
            ProcurementRules rules = c.getBean(ProcurementRules.class);
            assertPeriods(rules, PUBLIC_TENDER, TenderType.L1, 5, null, 2);
            assertPeriods(rules, PUBLIC_TENDER, TenderType.LE, 10, 5, 5);
            assertPeriods(rules, PUBLIC_TENDER, TenderType.LP, 20, 10, 10);
            assertPeriods(rules, PUBLIC_TENDER, TenderType.LQ, 20, 10, 10);
            assertPeriods(rules, PUBLIC_TENDER, TenderType.LR, 30, null, 15);
            assertPeriods(rules, COMPRA_AGIL, null, 1, null, 1);
        });
    }

    @Test
    void aConfiguredKeyChangesOnlyThatPeriod() {
        context.withPropertyValues("redlim.procurement.lr.publication=40",
                        "redlim.procurement.lr.reduced-publication=20",
                        "redlim.procurement.compra-agil.open-after-amendment=2")
                .run(c -> {
                    ProcurementRules rules = c.getBean(ProcurementRules.class);
                    assertPeriods(rules, PUBLIC_TENDER, TenderType.LR, 40, 20, 15);
                    assertPeriods(rules, COMPRA_AGIL, null, 1, null, 2);
                    assertPeriods(rules, PUBLIC_TENDER, TenderType.LP, 20, 10, 10);
                });
    }

    @Test
    void environmentVariablesNameThePeriodsToo() {
        context.withInitializer(c -> c.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of(
                                "REDLIM_PROCUREMENT_COMPRA_AGIL_PUBLICATION", "2",
                                "REDLIM_PROCUREMENT_LQ_REDUCED_PUBLICATION", "15"))))
                .run(c -> {
                    ProcurementRules rules = c.getBean(ProcurementRules.class);
                    assertPeriods(rules, COMPRA_AGIL, null, 2, null, 1);
                    assertPeriods(rules, PUBLIC_TENDER, TenderType.LQ, 20, 15, 10);
                });
    }

    @Test
    void aReducedPeriodLongerThanTheOrdinaryOneStopsTheStart() {
        context.withPropertyValues("redlim.procurement.le.reduced-publication=11")
                .run(c -> assertThat(c).hasFailed().getFailure()
                        .hasRootCauseMessage("Invalid procurement periods: redlim.procurement.le."
                                + "reduced-publication must be positive and at most publication (PT240H), not PT264H"));
    }

    @Test
    void aReducedPeriodEqualToTheOrdinaryOneIsAccepted() {
        context.withPropertyValues("redlim.procurement.le.reduced-publication=10")
                .run(c -> assertThat(c).hasNotFailed());
    }

    @Test
    void zeroOrNegativePeriodsStopTheStart() {
        context.withPropertyValues("redlim.procurement.l1.publication=0",
                        "redlim.procurement.lq.open-after-amendment=-1", "redlim.procurement.lp.reduced-publication=0")
                .run(c -> assertThat(c).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("redlim.procurement.l1.publication must be positive, not PT0S")
                        .hasMessageContaining("redlim.procurement.lp.reduced-publication must be positive")
                        .hasMessageContaining("redlim.procurement.lq.open-after-amendment must be positive, not PT-24H"));
    }

    @Test
    void periodsShorterThanADayAreDurations() {
        context.withPropertyValues("redlim.procurement.le.publication=36h", "redlim.procurement.le.reduced-publication=PT2S")
                .run(c -> {
                    ProcurementRules rules = c.getBean(ProcurementRules.class);
                    assertThat(rules.publication(PUBLIC_TENDER, TenderType.LE)).isEqualTo(Duration.ofHours(36));
                    assertThat(rules.reducedPublication(PUBLIC_TENDER, TenderType.LE)).contains(Duration.ofSeconds(2));
                });
    }

    private static void assertPeriods(ProcurementRules rules, ProcurementMethod method, TenderType type,
                                      int publication, Integer reduced, int amendment) {
        assertThat(rules.publication(method, type)).as(method + " " + type).isEqualTo(Duration.ofDays(publication));
        assertThat(rules.reducedPublication(method, type)).as(method + " " + type)
                .isEqualTo(Optional.ofNullable(reduced).map(Duration::ofDays));
        assertThat(rules.openAfterAmendment(method, type)).as(method + " " + type)
                .isEqualTo(Duration.ofDays(amendment));
    }
}
