package cl.redlim.procurement.api;

/**
 * Patterns transparency teams look for in procurement. A flag is a reason to look closer, not a finding: each one
 * comes with an explanation of the numbers that raised it. See docs/contexts/procurement-transparency.md.
 */
public enum ProcurementRedFlag {
    /** A competitive process had exactly one bid at opening. */
    SINGLE_BIDDER,
    /** Several awards of one buyer to one supplier, each just under the same band threshold, within a window. */
    SPLITTING,
    /** Published with a reduced period, or for fewer days than the configured floor for its type. */
    SHORT_PUBLICATION,
    /** The total awarded is above the estimate by more than the configured margin. */
    AWARD_ABOVE_ESTIMATE
}
