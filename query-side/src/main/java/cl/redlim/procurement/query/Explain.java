package cl.redlim.procurement.query;

import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.TenderType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** How the red flags' explanations write numbers, dates and types: in English, for people. */
final class Explain {

    static final ZoneId CHILE = ZoneId.of("America/Santiago");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Explain() {
    }

    static String clp(long amount) {
        return String.format(Locale.ROOT, "CLP %,d", amount);
    }

    /** An amount in UTM at a UTM value, to two decimals. */
    static BigDecimal inUtm(long amount, long utmValue) {
        return utmValue == 0 ? null
                : BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(utmValue), 2, RoundingMode.HALF_UP);
    }

    static String utm(long amount, long utmValue) {
        return String.format(Locale.ROOT, "%,.2f UTM", inUtm(amount, utmValue));
    }

    static String utm(long thresholdUtm) {
        return String.format(Locale.ROOT, "%,d UTM", thresholdUtm);
    }

    static String percent(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " %";
    }

    /** How far {@code value} is above {@code base}, in percent. */
    static BigDecimal percentAbove(long value, long base) {
        return BigDecimal.valueOf(value - base).multiply(HUNDRED).divide(BigDecimal.valueOf(base), 2,
                RoundingMode.HALF_UP);
    }

    static LocalDate date(Instant instant) {
        return instant.atZone(CHILE).toLocalDate();
    }

    /** Days to one decimal, rounded down: a period just under a floor never reads as the floor itself. */
    static String days(Duration duration) {
        return String.format(Locale.ROOT, "%.1f days", Math.floor(duration.toMinutes() / 144.0) / 10);
    }

    static String window(Duration window) {
        return window.toSeconds() % 86_400 == 0 ? window.toDays() + " days" : days(window);
    }

    static String process(ProcurementMethod method, TenderType type) {
        return switch (method) {
            case PUBLIC_TENDER -> "public tender" + (type == null ? "" : " (" + type + ")");
            case COMPRA_AGIL -> "Compra Ágil";
            case DIRECT_AWARD -> "direct award";
            case FRAMEWORK_AGREEMENT -> "framework-agreement purchase";
        };
    }
}
