package cl.redlim.document.api;

/** The aggregates of other contexts a document belongs to, by id; either may be null. */
public record DocumentLinks(String fundApplicationId, String procurementProcessId) {

    public static final DocumentLinks NONE = new DocumentLinks(null, null);
}
