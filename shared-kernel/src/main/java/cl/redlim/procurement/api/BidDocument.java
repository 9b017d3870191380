package cl.redlim.procurement.api;

/** A document attached to a bid: its title and where it can be read. */
public record BidDocument(String title, String url) {
}
