package cl.redlim.procurement.query;

import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.TenderType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static cl.redlim.procurement.query.Explain.clp;
import static cl.redlim.procurement.query.Explain.date;
import static cl.redlim.procurement.query.Explain.days;
import static cl.redlim.procurement.query.Explain.percent;
import static cl.redlim.procurement.query.Explain.percentAbove;

/**
 * The red flags a process raises from its own facts. Each rule answers the flag's explanation, or nothing. Amounts
 * are compared exactly, in pesos; explanations round. SPLITTING needs other processes: see {@link SplittingClusters}.
 */
final class RedFlagRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RedFlagSettings settings;

    RedFlagRules(RedFlagSettings settings) {
        this.settings = settings;
    }

    RedFlagSettings settings() {
        return settings;
    }

    /** A competitive process (public tender or Compra Ágil) whose opening found exactly one bid. */
    Optional<String> singleBidder(ProcurementMethod method, TenderType type, int bidCount, Instant openedAt) {
        if (!method.isCompetitive() || bidCount != 1) {
            return Optional.empty();
        }
        return Optional.of("Only one bid was received in this " + Explain.process(method, type)
                + "; bids were opened on " + date(openedAt) + ".");
    }

    /**
     * Published with a reduced period, or open for less than the configured floor of its type (a tender type, or
     * COMPRA_AGIL), counted exactly from publication to the current closing.
     */
    Optional<String> shortPublication(String typeKey, Instant publishedAt, Instant closesAt, boolean reducedPeriod) {
        Duration open = Duration.between(publishedAt, closesAt);
        Integer floor = settings.shortPublication().floorFor(typeKey);
        boolean underFloor = floor != null && open.compareTo(Duration.ofDays(floor)) < 0;
        if (!reducedPeriod && !underFloor) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("Published for ").append(days(open)).append(" (")
                .append(date(publishedAt)).append(" to ").append(date(closesAt)).append(")");
        if (reducedPeriod) {
            text.append(" with a reduced period");
        }
        if (underFloor) {
            text.append(", under the ").append(floor).append("-day floor for ")
                    .append(typeKey);
        }
        return Optional.of(text.append('.').toString());
    }

    /** The total awarded is above the estimate by more than the margin: awarded > estimate × (1 + margin). */
    Optional<String> awardAboveEstimate(long estimated, long awarded) {
        BigDecimal margin = settings.awardAboveEstimate().marginPercent();
        BigDecimal limit = BigDecimal.valueOf(estimated).multiply(HUNDRED.add(margin));
        if (BigDecimal.valueOf(awarded).multiply(HUNDRED).compareTo(limit) <= 0) {
            return Optional.empty();
        }
        String above = estimated == 0 ? "" : ": " + percent(percentAbove(awarded, estimated)) + " above";
        return Optional.of("Awarded " + clp(awarded) + " against an estimate of " + clp(estimated) + above
                + ", more than the " + percent(margin) + " margin.");
    }

    /**
     * The band threshold an amount is just under, if any: the lowest threshold above the amount, when the amount is
     * within the margin below it ({@code threshold × (1 − margin) ≤ amount < threshold}, in pesos at the UTM value).
     */
    Optional<Long> thresholdJustAbove(long amount, long utmValue) {
        if (utmValue <= 0) {
            return Optional.empty();
        }
        RedFlagSettings.Splitting splitting = settings.splitting();
        for (long threshold : splitting.thresholdsUtm()) {
            BigDecimal thresholdClp = BigDecimal.valueOf(threshold).multiply(BigDecimal.valueOf(utmValue));
            if (BigDecimal.valueOf(amount).compareTo(thresholdClp) < 0) {
                BigDecimal floor = thresholdClp.multiply(HUNDRED.subtract(splitting.marginPercent()));
                return BigDecimal.valueOf(amount).multiply(HUNDRED).compareTo(floor) >= 0
                        ? Optional.of(threshold) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
