package cl.redlim.transparency.api;

import cl.redlim.kernel.CommuneCode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request was received. No personal data: the requester is in {@link AccessRequesterIdentifiedEvent}.
 *
 * @param receivedOn      the receipt's date in Chile (America/Santiago)
 * @param deadline        the 20th business day after {@code receivedOn}
 * @param calendarVersion how many holidays administrators had registered when the deadline was computed
 */
public record AccessRequestReceivedEvent(String requestId, CommuneCode commune, String subject,
                                         AccessRequestChannel channel, Instant receivedAt, LocalDate receivedOn,
                                         LocalDate deadline, long calendarVersion) {
}
