package cl.redlim.platform.axon;

/**
 * What a command sent through the HTTP API returns: the aggregate it targeted and that aggregate's version after
 * the command, which the API sends back as {@code ETag}.
 */
public record CommandOutcome(String aggregateId, Long version) {
}
