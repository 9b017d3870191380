package cl.redlim.procurement.api;

import cl.redlim.kernel.Clp;

/**
 * The type of a public tender, by estimated amount in UTM (Decreto 661/2024): L1 under 100 UTM, LE from 100 to under
 * 1,000, LP from 1,000 to under 2,000, LQ from 2,000 to under 5,000 and LR from 5,000. Band edges are compared exactly
 * in pesos (amount against threshold × UTM value), never in rounded UTM.
 */
public enum TenderType {
    L1(0), LE(100), LP(1_000), LQ(2_000), LR(5_000);

    /** Compra Ágil is allowed up to and including this many UTM. */
    public static final long COMPRA_AGIL_MAX_UTM = 100;
    /** A market consultation is mandatory for amounts above this many UTM. */
    public static final long MARKET_CONSULTATION_ABOVE_UTM = 5_000;

    private final long fromUtm;

    TenderType(long fromUtm) {
        this.fromUtm = fromUtm;
    }

    /** The lower edge of the band, in UTM, inclusive. */
    public long fromUtm() {
        return fromUtm;
    }

    /** The upper edge of the band, in UTM, exclusive; {@code Long.MAX_VALUE} for LR. */
    public long belowUtm() {
        TenderType[] all = values();
        return ordinal() + 1 < all.length ? all[ordinal() + 1].fromUtm : Long.MAX_VALUE;
    }

    public static TenderType forAmount(Clp amount, Clp utmValue) {
        TenderType type = L1;
        for (TenderType candidate : values()) {
            if (!isBelow(amount, candidate.fromUtm, utmValue)) {
                type = candidate;
            }
        }
        return type;
    }

    /** Whether {@code amount < utm × utmValue}, exactly. */
    public static boolean isBelow(Clp amount, long utm, Clp utmValue) {
        return amount.amount() < Math.multiplyExact(utm, utmValue.amount());
    }

    public static boolean allowsCompraAgil(Clp amount, Clp utmValue) {
        return !isAbove(amount, COMPRA_AGIL_MAX_UTM, utmValue);
    }

    public static boolean requiresMarketConsultation(Clp amount, Clp utmValue) {
        return isAbove(amount, MARKET_CONSULTATION_ABOVE_UTM, utmValue);
    }

    /** Whether {@code amount > utm × utmValue}, exactly. */
    public static boolean isAbove(Clp amount, long utm, Clp utmValue) {
        return amount.amount() > Math.multiplyExact(utm, utmValue.amount());
    }
}
