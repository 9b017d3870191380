package cl.redlim.transparency.api;

public record FindAccessRequestQuery(String requestId) {
}
