package cl.redlim.procurement.api;

/** The evaluation committee's score of one admissible bid, from 0 to 100. */
public record BidScore(String bidId, int score) {
}
