package cl.redlim.transparency.api;

/** Who made the request: personal data, read only by the auditor's read model. */
public record AccessRequesterIdentifiedEvent(String requestId, RequesterContact requester) {
}
