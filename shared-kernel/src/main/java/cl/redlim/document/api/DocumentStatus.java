package cl.redlim.document.api;

/** Where the current version of a document is in its cycle; a new version starts again at LOADED. */
public enum DocumentStatus {
    LOADED,
    /** Visado. */
    REVIEWED,
    SIGNED,
    NUMBERED,
    DISTRIBUTED,
    ARCHIVED
}
