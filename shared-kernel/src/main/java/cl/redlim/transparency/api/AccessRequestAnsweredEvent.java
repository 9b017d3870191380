package cl.redlim.transparency.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The request was answered.
 *
 * @param onTime           answered on or before the deadline in force
 * @param businessDaysTaken business days after the receipt date up to and including the answer's date
 */
public record AccessRequestAnsweredEvent(String requestId, AnswerOutcome outcome, String summary,
                                         List<WithheldPart> withheldParts, List<Art21Ground> denialGrounds,
                                         List<String> documentIds, Instant answeredAt, LocalDate answeredOn,
                                         LocalDate deadline, boolean onTime, int businessDaysTaken) {
}
