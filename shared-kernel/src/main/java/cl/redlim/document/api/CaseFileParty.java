package cl.redlim.document.api;

/**
 * Who may read a case file (expediente): a municipality by its CUT code (any integrator whose scope covers it), or
 * one principal (an API key's or token's subject, e.g. a citizen's representative or a regional government system).
 */
public record CaseFileParty(Kind kind, String id) {

    public enum Kind {
        MUNICIPALITY,
        PRINCIPAL
    }
}
