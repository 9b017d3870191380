package cl.redlim.procurement.api;

/**
 * How a municipality buys (Ley 19.886 as reformed by Ley 21.634). A public tender's type (L1 to LR) follows from the
 * estimated amount; the other methods are exceptions with rules of their own.
 */
public enum ProcurementMethod {
    /** Licitación pública; its {@link TenderType} follows from the estimated amount in UTM. */
    PUBLIC_TENDER,
    /** Compra Ágil: up to 100 UTM, a short request for quotes, awarded among at least three quotes. */
    COMPRA_AGIL,
    /** Trato directo: only on one of the law's {@link DirectAwardGround}s, with a written justification. */
    DIRECT_AWARD,
    /** Convenio marco: a purchase from a framework agreement's catalogue. */
    FRAMEWORK_AGREEMENT;

    /** Whether the method goes through a published call for bids or quotes. */
    public boolean isCompetitive() {
        return this == PUBLIC_TENDER || this == COMPRA_AGIL;
    }
}
