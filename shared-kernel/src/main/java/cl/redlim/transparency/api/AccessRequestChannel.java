package cl.redlim.transparency.api;

/** How a request reached the municipality (Ley 20.285 art. 12 admits written requests and electronic means). */
public enum AccessRequestChannel {
    /** The Portal de Transparencia del Estado or the municipality's own web form. */
    WEB_PORTAL,
    EMAIL,
    /** Written request handed in at the oficina de partes. */
    IN_PERSON,
    POSTAL_MAIL
}
