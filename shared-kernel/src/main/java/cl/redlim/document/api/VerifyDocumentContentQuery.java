package cl.redlim.document.api;

/** Which registered versions have this content hash, with their signatures checked. */
public record VerifyDocumentContentQuery(String sha256, long size) {
}
