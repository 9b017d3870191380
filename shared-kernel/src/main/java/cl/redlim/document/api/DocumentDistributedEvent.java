package cl.redlim.document.api;

import java.time.Instant;
import java.util.List;

/** A numbered version was distributed to recipients. */
public record DocumentDistributedEvent(String documentId, int version, List<Recipient> recipients,
                                       Instant distributedAt) {
}
