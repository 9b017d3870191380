package cl.redlim.document.api;

/** Public, or reserved (secreto o reservado) on one of the grounds of Ley 20.285 art. 21. */
public enum DocumentClassification {
    PUBLIC,
    RESERVED
}
