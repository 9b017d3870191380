package cl.redlim.document.api;

/** Who a document is distributed to: a person, office or institution, and where (e-mail or office address). */
public record Recipient(String name, String address) {
}
