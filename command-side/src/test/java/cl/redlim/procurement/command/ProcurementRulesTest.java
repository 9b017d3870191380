package cl.redlim.procurement.command;

import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.TenderType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;
import java.util.OptionalInt;

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
        context.withPropertyValues("redlim.procurement.lr.publication-days=40",
                        "redlim.procurement.lr.reduced-publication-days=20",
                        "redlim.procurement.compra-agil.amendment-days=2")
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
                                "REDLIM_PROCUREMENT_COMPRA_AGIL_PUBLICATION_DAYS", "2",
                                "REDLIM_PROCUREMENT_LQ_REDUCED_PUBLICATION_DAYS", "15"))))
                .run(c -> {
                    ProcurementRules rules = c.getBean(ProcurementRules.class);
                    assertPeriods(rules, COMPRA_AGIL, null, 2, null, 1);
                    assertPeriods(rules, PUBLIC_TENDER, TenderType.LQ, 20, 15, 10);
                });
    }

    @Test
    void aReducedPeriodLongerThanTheOrdinaryOneStopsTheStart() {
        context.withPropertyValues("redlim.procurement.le.reduced-publication-days=11")
                .run(c -> assertThat(c).hasFailed().getFailure()
                        .hasRootCauseMessage("Invalid procurement periods: redlim.procurement.le."
                                + "reduced-publication-days must be from 1 to publication-days (10), not 11"));
    }

    @Test
    void aReducedPeriodEqualToTheOrdinaryOneIsAccepted() {
        context.withPropertyValues("redlim.procurement.le.reduced-publication-days=10")
                .run(c -> assertThat(c).hasNotFailed());
    }

    @Test
    void zeroOrNegativePeriodsStopTheStart() {
        context.withPropertyValues("redlim.procurement.l1.publication-days=0",
                        "redlim.procurement.lq.amendment-days=-1", "redlim.procurement.lp.reduced-publication-days=0")
                .run(c -> assertThat(c).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("redlim.procurement.l1.publication-days must be at least 1, not 0")
                        .hasMessageContaining("redlim.procurement.lp.reduced-publication-days must be from 1")
                        .hasMessageContaining("redlim.procurement.lq.amendment-days must be at least 1, not -1"));
    }

    private static void assertPeriods(ProcurementRules rules, ProcurementMethod method, TenderType type,
                                      int publication, Integer reduced, int amendment) {
        assertThat(rules.publicationDays(method, type)).as(method + " " + type).isEqualTo(publication);
        assertThat(rules.reducedPublicationDays(method, type)).as(method + " " + type)
                .isEqualTo(reduced == null ? OptionalInt.empty() : OptionalInt.of(reduced));
        assertThat(rules.amendmentDays(method, type)).as(method + " " + type).isEqualTo(amendment);
    }
}
