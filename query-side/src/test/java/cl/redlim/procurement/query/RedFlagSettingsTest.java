package cl.redlim.procurement.query;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code redlim.procurement.flags.*} keys, bound as Spring Boot binds them. */
class RedFlagSettingsTest {

    private static RedFlagSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("redlim.procurement.flags", RedFlagSettings.class);
    }

    @Test
    void givenNothingConfigured_thenTheDefaults() {
        RedFlagSettings settings = bind(Map.of());

        assertThat(settings).isEqualTo(RedFlagSettings.defaults());
        assertThat(settings.splitting().thresholdsUtm()).containsExactly(100L, 1_000L, 2_000L, 5_000L);
        assertThat(settings.splitting().marginPercent()).isEqualByComparingTo("10");
        assertThat(settings.splitting().window()).isEqualTo(Duration.ofDays(90));
        assertThat(settings.shortPublication().minDays()).isEqualTo(
                Map.of("L1", 5, "LE", 10, "LP", 20, "LQ", 20, "LR", 30, "COMPRA_AGIL", 1));
        assertThat(settings.awardAboveEstimate().marginPercent()).isEqualByComparingTo("20");
    }

    @Test
    void givenEveryKey_thenTheyApplyAndUnnamedTypesKeepTheirDefaults() {
        RedFlagSettings settings = bind(Map.of(
                "redlim.procurement.flags.splitting.thresholds-utm", "1000,100",
                "redlim.procurement.flags.splitting.margin-percent", "7.5",
                "redlim.procurement.flags.splitting.window", "30d",
                "redlim.procurement.flags.short-publication.min-days.le", "15",
                "redlim.procurement.flags.short-publication.min-days.compra-agil", "2",
                "redlim.procurement.flags.award-above-estimate.margin-percent", "25"));

        assertThat(settings.splitting().thresholdsUtm()).containsExactly(100L, 1_000L);
        assertThat(settings.splitting().marginPercent()).isEqualByComparingTo("7.5");
        assertThat(settings.splitting().window()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.shortPublication().floorFor("LE")).isEqualTo(15);
        assertThat(settings.shortPublication().floorFor("COMPRA_AGIL")).isEqualTo(2);
        assertThat(settings.shortPublication().floorFor("LP")).isEqualTo(20);
        assertThat(settings.awardAboveEstimate().marginPercent()).isEqualByComparingTo("25");
    }

    @Test
    void givenAMarginOf100PercentOrANegativeOne_thenRefusedAtStart() {
        assertThatThrownBy(() -> bind(Map.of("redlim.procurement.flags.splitting.margin-percent", "100")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("margin-percent");
        assertThatThrownBy(() -> new RedFlagSettings.AwardAboveEstimate(BigDecimal.valueOf(-1)))
                .hasMessageContaining("margin-percent");
        assertThatThrownBy(() -> new RedFlagSettings.Splitting(List.of(0L), BigDecimal.TEN, Duration.ofDays(1)))
                .hasMessageContaining("thresholds-utm");
    }
}
