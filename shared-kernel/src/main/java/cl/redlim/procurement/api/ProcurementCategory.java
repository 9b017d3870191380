package cl.redlim.procurement.api;

/** What is bought, as in OCDS's procurementCategory codelist. */
public enum ProcurementCategory {
    GOODS, WORKS, SERVICES
}
