package cl.redlim.territory.api;

/** ODEPA's rurality classification. The names are stored in events: never rename a constant. */
public enum Rurality {
    PREDOMINANTLY_RURAL,
    MIXED,
    PREDOMINANTLY_URBAN
}
