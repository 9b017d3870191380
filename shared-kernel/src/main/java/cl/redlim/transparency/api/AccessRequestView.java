package cl.redlim.transparency.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request as the public sees it: never who asked. {@code overdue} is computed when asked: open and past the
 * deadline in force.
 */
public record AccessRequestView(String requestId, String commune, String subject, AccessRequestChannel channel,
                                AccessRequestStatus status, Instant receivedAt, LocalDate receivedOn,
                                LocalDate legalDeadline, LocalDate deadline, boolean extended, String extensionReasons,
                                boolean overdue, List<DeadlineChange> deadlineChanges, int thirdPartyOppositions,
                                String transferredTo, AnswerOutcome outcome, List<WithheldPart> withheldParts,
                                List<Art21Ground> denialGrounds, List<String> documentIds, Instant answeredAt,
                                Boolean answeredOnTime, Integer businessDaysToAnswer, AmparoView amparo,
                                long version) {
}
