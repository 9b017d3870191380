package cl.redlim.procurement.api;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.Rut;

/**
 * One award of a process: to a bid of a tender ({@code bidId} set), or directly to a supplier ({@code bidId} null).
 * {@code lot} is the lot the award covers, null for a single-lot purchase.
 */
public record AwardLine(String awardId, String bidId, Rut supplier, String supplierName, Clp amount, String lot) {
}
