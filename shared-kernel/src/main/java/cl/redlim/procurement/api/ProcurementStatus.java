package cl.redlim.procurement.api;

/** Where a procurement process stands. */
public enum ProcurementStatus {
    PLANNED, TENDERING, BIDS_OPENED, EVALUATED, AWARDED, VOID, CONTRACTED, COMPLETED, TERMINATED
}
