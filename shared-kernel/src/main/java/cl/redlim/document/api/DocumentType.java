package cl.redlim.document.api;

/** The kinds of municipal documents (DocDigital's document types, named in English). */
public enum DocumentType {
    /** Decreto alcaldicio. */
    DECREE,
    /** Resolución. */
    RESOLUTION,
    /** Oficio. */
    OFFICIAL_LETTER,
    /** Memorándum. */
    MEMORANDUM,
    /** Convenio. */
    AGREEMENT,
    /** Acta. */
    MINUTES,
    /** Certificado. */
    CERTIFICATE,
    /** Informe. */
    REPORT,
    OTHER
}
