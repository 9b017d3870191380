package cl.redlim.transparency.api;

/** For auditors only: who made a request. */
public record AccessRequesterView(String requestId, RequesterContact requester) {
}
