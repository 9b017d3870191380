package cl.redlim.platform.web;

/**
 * Recognises a failure that means a store is unreachable rather than a fault of ours, so that the API answers
 * {@code 503 SERVICE_UNAVAILABLE} (retry later) instead of {@code 500}. Each side declares its own stores' failures:
 * the platform knows no store driver.
 */
@FunctionalInterface
public interface StoreOutage {

    boolean isOutage(Throwable failure);

    /** Whether the failure, or any of its causes, is an outage of a store: Axon's event store's, or one declared. */
    static boolean anywhereIn(Throwable failure, java.util.stream.Stream<StoreOutage> declared) {
        java.util.List<StoreOutage> outages = declared.toList();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.axonframework.eventsourcing.eventstore.EventStoreException
                    || t instanceof org.axonframework.common.jdbc.JdbcException) {
                return true;
            }
            for (StoreOutage outage : outages) {
                if (outage.isOutage(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}
