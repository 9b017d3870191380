package cl.redlim.transparency.api;

/** The auditor's query: who made a request. */
public record FindAccessRequesterQuery(String requestId) {
}
