package cl.redlim.procurement.query;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The thresholds of the red flags, {@code redlim.procurement.flags.*}. Flags are computed when their events are
 * projected: a changed setting applies to later events, and to all of history once the {@code procurement-processes}
 * processing group is replayed.
 */
@ConfigurationProperties("redlim.procurement.flags")
record RedFlagSettings(@DefaultValue Splitting splitting, @DefaultValue ShortPublication shortPublication,
                       @DefaultValue AwardAboveEstimate awardAboveEstimate) {

    /**
     * @param thresholdsUtm the band thresholds, in UTM
     * @param marginPercent how far under a threshold an award counts as "just under", in percent of the threshold
     * @param window        the longest time between two awards of one cluster
     */
    record Splitting(@DefaultValue({"100", "1000", "2000", "5000"}) List<Long> thresholdsUtm,
                     @DefaultValue("10") BigDecimal marginPercent, @DefaultValue("90d") Duration window) {
        Splitting {
            thresholdsUtm = thresholdsUtm.stream().sorted().toList();
            if (thresholdsUtm.isEmpty() || thresholdsUtm.get(0) <= 0) {
                throw new IllegalArgumentException("redlim.procurement.flags.splitting.thresholds-utm: positive UTM "
                        + "amounts, at least one");
            }
            requirePercent("splitting.margin-percent", marginPercent);
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("redlim.procurement.flags.splitting.window must be positive");
            }
        }
    }

    /**
     * @param minDays the floor of the publication period per tender type ({@code L1} … {@code LR}) and for
     *                {@code COMPRA_AGIL}, in days; missing types keep the defaults, the law's ordinary periods
     */
    record ShortPublication(Map<String, Integer> minDays) {

        static final Map<String, Integer> DEFAULT_MIN_DAYS =
                Map.of("L1", 5, "LE", 10, "LP", 20, "LQ", 20, "LR", 30, "COMPRA_AGIL", 1);

        ShortPublication {
            Map<String, Integer> merged = new TreeMap<>(DEFAULT_MIN_DAYS);
            if (minDays != null) {
                minDays.forEach((type, days) -> {
                    if (days == null || days < 0) {
                        throw new IllegalArgumentException(
                                "redlim.procurement.flags.short-publication.min-days." + type + " must be 0 or more");
                    }
                    merged.put(type.toUpperCase(Locale.ROOT).replace('-', '_'), days);
                });
            }
            minDays = Map.copyOf(merged);
        }

        /** The floor for a type key: a tender type's name, or {@code COMPRA_AGIL}; null when there is none. */
        Integer floorFor(String typeKey) {
            return typeKey == null ? null : minDays.get(typeKey);
        }
    }

    /** @param marginPercent how far above the estimate the total awarded may go unflagged, in percent */
    record AwardAboveEstimate(@DefaultValue("20") BigDecimal marginPercent) {
        AwardAboveEstimate {
            if (marginPercent.signum() < 0) {
                throw new IllegalArgumentException(
                        "redlim.procurement.flags.award-above-estimate.margin-percent must be 0 or more");
            }
        }
    }

    /** The defaults, as when nothing is configured. */
    static RedFlagSettings defaults() {
        return new RedFlagSettings(new Splitting(List.of(100L, 1_000L, 2_000L, 5_000L), BigDecimal.TEN,
                Duration.ofDays(90)), new ShortPublication(Map.of()), new AwardAboveEstimate(BigDecimal.valueOf(20)));
    }

    private static void requirePercent(String key, BigDecimal percent) {
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("redlim.procurement.flags." + key + " must be from 0 to under 100");
        }
    }
}
