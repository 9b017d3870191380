package cl.redlim.audit.query;

import java.util.Collection;
import java.util.Map;

/**
 * Reads events as stored, by position: what the log hashes and the feed exports. Each topology provides one (the
 * standalone app reads its JDBC table; production reads Axon Server).
 */
public interface StoredEvents {

    /** The events at these positions; a position with no event (a gap, or an event removed) is absent. */
    Map<Long, StoredEvent> at(Collection<Long> positions);
}
