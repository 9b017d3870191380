package cl.redlim.procurement.api;

/**
 * One line of what is bought. {@code lot} groups items into lots that are awarded separately; it is null when the
 * purchase is a single lot. {@code classification} is an optional UNSPSC code, as ChileCompra uses.
 */
public record ProcurementItem(String itemId, String description, long quantity, String unit, String classification,
                              String lot) {
}
