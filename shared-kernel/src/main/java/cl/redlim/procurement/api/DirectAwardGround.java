package cl.redlim.procurement.api;

/**
 * The grounds on which the law allows a direct award (trato directo), after article 8 of Ley 19.886 as reformed by
 * Ley 21.634. The list is fixed: a direct award names one of these and adds a written justification.
 */
public enum DirectAwardGround {
    /** A public tender had no bids, or none admissible. */
    NO_BIDS_IN_PUBLIC_TENDER,
    /** A contract ended early and what remains is small. */
    CONTRACT_TERMINATED_EARLY,
    /** Emergency, urgency or an unforeseen event, declared by a reasoned resolution. */
    EMERGENCY,
    /** Only one supplier can provide the good or service. */
    SOLE_SUPPLIER,
    /** Services from foreign legal persons to be performed abroad. */
    FOREIGN_SERVICES,
    /** Confidential work bearing on national security. */
    CONFIDENTIAL_SECURITY,
    /** Highly specialised services whose value lies in who performs them. */
    HIGHLY_SPECIALISED_SERVICES,
    /** Continuity of a service whose interruption would harm the public, while a tender is prepared. */
    SERVICE_CONTINUITY
}
