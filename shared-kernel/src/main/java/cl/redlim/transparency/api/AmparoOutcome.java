package cl.redlim.transparency.api;

/** The Consejo para la Transparencia's decision on an amparo. */
public enum AmparoOutcome {
    /** Acogido: the information must be delivered. */
    UPHELD,
    /** Acogido parcialmente. */
    PARTIALLY_UPHELD,
    /** Rechazado: the municipality's answer stands. */
    REJECTED,
    /** Declarado inadmisible. */
    INADMISSIBLE
}
