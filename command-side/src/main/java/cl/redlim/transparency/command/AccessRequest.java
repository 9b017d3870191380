package cl.redlim.transparency.command;

import cl.redlim.access.api.Actor;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.territory.api.CommuneRegistry;
import cl.redlim.transparency.api.*;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static cl.redlim.transparency.command.Rules.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An access-to-information request to a municipality (Ley 20.285, transparencia pasiva): received, answered within
 * 20 business days (extendable once by 10), or transferred to the competent body; third parties may oppose; a
 * denial or a missed deadline opens the amparo before the Consejo para la Transparencia. Dates are Chile's
 * (America/Santiago); deadlines come from the holiday calendar in force and are recomputed when it changes.
 */
@Aggregate(commandTargetResolver = "metaDataVersionTargetResolver")
class AccessRequest {

    static final ZoneId CHILE = ZoneId.of("America/Santiago");
    /** Art. 14. */
    static final int ANSWER_BUSINESS_DAYS = 20;
    /** Art. 14, once. */
    static final int EXTENSION_BUSINESS_DAYS = 10;
    /** Art. 24. */
    static final int AMPARO_BUSINESS_DAYS = 15;

    @AggregateIdentifier
    private String requestId;
    private CommuneCode commune;
    private AccessRequestStatus status;
    private LocalDate receivedOn;
    private LocalDate deadline;
    private boolean extended;
    private long calendarVersion;
    private int oppositions;
    private AnswerOutcome outcome;
    private LocalDate answeredOn;
    private Instant answeredAt;
    private final Set<String> documents = new HashSet<>();
    private Instant amparoFiledAt;
    private boolean amparoResolved;

    protected AccessRequest() {
    }

    @CommandHandler
    AccessRequest(ReceiveAccessRequestCommand command, Actor actor, CommuneRegistry communes,
                  HolidayCalendars calendars) {
        Rules.text(command.requestId(), "The request id");
        Rules.present(command.commune(), "The municipality");
        actor.requireMayActFor(command.commune());
        if (communes.find(command.commune()).isEmpty()) {
            throw refused(ErrorCode.UNKNOWN_COMMUNE, "No commune " + command.commune() + " is registered");
        }
        RequesterContact requester = Requesters.check(command.requester());
        Rules.text(command.subject(), "What is asked");
        Rules.present(command.channel(), "The channel");
        LocalDate on = dayOf(Rules.present(command.receivedAt(), "The receipt instant"));
        BusinessCalendar calendar = calendars.current();
        apply(new AccessRequestReceivedEvent(command.requestId(), command.commune(), command.subject().strip(),
                command.channel(), command.receivedAt(), on,
                calendar.plusBusinessDays(on, ANSWER_BUSINESS_DAYS), calendar.version()));
        apply(new AccessRequesterIdentifiedEvent(command.requestId(), requester));
    }

    @CommandHandler
    void handle(ExtendAccessRequestDeadlineCommand command, Actor actor, HolidayCalendars calendars) {
        actor.requireMayActFor(commune);
        requireOpen();
        if (extended) {
            throw refused(ErrorCode.DEADLINE_ALREADY_EXTENDED, "The deadline was extended already, to " + deadline);
        }
        Rules.text(command.reasons(), "The extension's reasons");
        LocalDate on = dayOf(Rules.present(command.notifiedAt(), "The notification instant"));
        if (on.isAfter(deadline)) {
            throw refused(ErrorCode.DEADLINE_PASSED, "The deadline was " + deadline + "; the extension is notified "
                    + on);
        }
        apply(new AccessRequestDeadlineExtendedEvent(requestId, command.reasons().strip(), deadline,
                calendars.current().plusBusinessDays(deadline, EXTENSION_BUSINESS_DAYS), command.notifiedAt()));
    }

    /** A holiday registered after the deadline was computed: recompute; nothing when it changes nothing. */
    @CommandHandler
    void handle(RecomputeAccessRequestDeadlineCommand command, HolidayCalendars calendars) {
        if (status != AccessRequestStatus.RECEIVED) {
            return;
        }
        BusinessCalendar calendar = calendars.current();
        if (calendar.version() <= calendarVersion) {
            return;
        }
        LocalDate legal = calendar.plusBusinessDays(receivedOn, ANSWER_BUSINESS_DAYS);
        LocalDate recomputed = extended ? calendar.plusBusinessDays(legal, EXTENSION_BUSINESS_DAYS) : legal;
        if (recomputed.equals(deadline)) {
            return;
        }
        apply(new AccessRequestDeadlineRecomputedEvent(requestId, deadline, recomputed, legal, calendar.version(),
                command.reason(), Rules.present(command.requestedAt(), "The recomputation instant")));
    }

    @CommandHandler
    void handle(TransferAccessRequestCommand command, Actor actor) {
        actor.requireMayActFor(commune);
        requireOpen();
        Rules.text(command.competentBody(), "The competent body");
        Rules.text(command.reasons(), "The transfer's reasons");
        apply(new AccessRequestTransferredEvent(requestId, command.competentBody().strip(), command.reasons().strip(),
                Rules.present(command.transferredAt(), "The transfer instant")));
    }

    @CommandHandler
    void handle(RecordThirdPartyOppositionCommand command, Actor actor) {
        actor.requireMayActFor(commune);
        requireOpen();
        Rules.text(command.grounds(), "The opposition's grounds");
        apply(new ThirdPartyOppositionRecordedEvent(requestId, command.grounds().strip(),
                Rules.present(command.opposedAt(), "The opposition instant")));
    }

    @CommandHandler
    void handle(AnswerAccessRequestCommand command, Actor actor, HolidayCalendars calendars) {
        actor.requireMayActFor(commune);
        requireOpen();
        Rules.present(command.outcome(), "The answer's outcome");
        Rules.text(command.summary(), "The answer's summary");
        List<WithheldPart> withheld = AnswerPolicy.listOf(command.withheldParts(), "A withheld part");
        List<Art21Ground> grounds = AnswerPolicy.listOf(command.denialGrounds(), "A denial ground");
        AnswerPolicy.check(command.outcome(), withheld, grounds, oppositions);
        List<String> documentIds = command.documentIds() == null ? List.of()
                : command.documentIds().stream().map(d -> Rules.text(d, "A document id")).distinct().toList();
        LocalDate on = dayOf(Rules.present(command.answeredAt(), "The answer instant"));
        if (on.isBefore(receivedOn)) {
            throw refused(ErrorCode.VALIDATION_FAILED, "The answer cannot precede the receipt (" + receivedOn + ")");
        }
        apply(new AccessRequestAnsweredEvent(requestId, command.outcome(), command.summary().strip(), withheld,
                grounds, documentIds, command.answeredAt(), on, deadline, !on.isAfter(deadline),
                calendars.current().businessDaysBetween(receivedOn, on)));
    }

    @CommandHandler
    void handle(LinkAnswerDocumentCommand command, Actor actor) {
        actor.requireMayActFor(commune);
        if (status != AccessRequestStatus.ANSWERED) {
            throw refused(ErrorCode.INVALID_STATE_TRANSITION, "Documents are linked to an answer; answer first");
        }
        String document = Rules.text(command.documentId(), "The document id");
        if (documents.contains(document)) {
            return; // linked already: a retry records nothing
        }
        apply(new AnswerDocumentLinkedEvent(requestId, document, Rules.present(command.linkedAt(), "The link instant")));
    }

    @CommandHandler
    void handle(FileAmparoCommand command, Actor actor, HolidayCalendars calendars) {
        actor.requireMayActFor(commune);
        if (amparoFiledAt != null) {
            throw refused(ErrorCode.AMPARO_ALREADY_FILED, "The amparo was filed on " + amparoFiledAt);
        }
        Rules.text(command.cpltCase(), "The Consejo para la Transparencia's case number (rol)");
        LocalDate on = dayOf(Rules.present(command.filedAt(), "The filing instant"));
        AmparoBasis basis;
        LocalDate from;
        if (status == AccessRequestStatus.ANSWERED && outcome != AnswerOutcome.GRANTED) {
            basis = AmparoBasis.DENIAL;
            from = answeredOn;
        } else if (status == AccessRequestStatus.RECEIVED && on.isAfter(deadline)) {
            basis = AmparoBasis.MISSED_DEADLINE;
            from = deadline;
        } else {
            throw refused(ErrorCode.AMPARO_NOT_ALLOWED, "The request is " + status
                    + (outcome == null ? ", within its deadline " + deadline : ", " + outcome));
        }
        LocalDate limit = calendars.current().plusBusinessDays(from, AMPARO_BUSINESS_DAYS);
        if (on.isAfter(limit)) {
            throw refused(ErrorCode.AMPARO_TIME_LIMIT_PASSED, "The amparo could be filed until " + limit);
        }
        apply(new AmparoFiledEvent(requestId, basis, command.cpltCase().strip(), command.filedAt(), limit));
    }

    @CommandHandler
    void handle(ResolveAmparoCommand command, Actor actor) {
        actor.requireMayActFor(commune);
        if (amparoFiledAt == null || amparoResolved) {
            throw refused(ErrorCode.INVALID_STATE_TRANSITION, amparoFiledAt == null ? "No amparo was filed"
                    : "The amparo is resolved already");
        }
        Rules.present(command.outcome(), "The decision's outcome");
        Rules.text(command.decisionReference(), "The decision's reference");
        Instant at = Rules.present(command.resolvedAt(), "The decision instant");
        if (at.isBefore(amparoFiledAt)) {
            throw refused(ErrorCode.VALIDATION_FAILED, "The decision cannot precede the amparo (" + amparoFiledAt + ")");
        }
        apply(new AmparoResolvedEvent(requestId, command.outcome(), command.decisionReference().strip(), at));
    }

    private void requireOpen() {
        if (status != AccessRequestStatus.RECEIVED) {
            throw refused(ErrorCode.ACCESS_REQUEST_CLOSED, "The request is " + status);
        }
    }

    private static LocalDate dayOf(Instant instant) {
        return instant.atZone(CHILE).toLocalDate();
    }

    // --- state ---------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(AccessRequestReceivedEvent event) {
        requestId = event.requestId();
        commune = event.commune();
        status = AccessRequestStatus.RECEIVED;
        receivedOn = event.receivedOn();
        deadline = event.deadline();
        calendarVersion = event.calendarVersion();
    }

    @EventSourcingHandler
    void on(AccessRequestDeadlineExtendedEvent event) {
        extended = true;
        deadline = event.deadline();
    }

    @EventSourcingHandler
    void on(AccessRequestDeadlineRecomputedEvent event) {
        deadline = event.deadline();
        calendarVersion = event.calendarVersion();
    }

    @EventSourcingHandler
    void on(AccessRequestTransferredEvent event) {
        status = AccessRequestStatus.TRANSFERRED;
    }

    @EventSourcingHandler
    void on(ThirdPartyOppositionRecordedEvent event) {
        oppositions++;
    }

    @EventSourcingHandler
    void on(AccessRequestAnsweredEvent event) {
        status = AccessRequestStatus.ANSWERED;
        outcome = event.outcome();
        answeredOn = event.answeredOn();
        answeredAt = event.answeredAt();
        documents.addAll(event.documentIds());
    }

    @EventSourcingHandler
    void on(AnswerDocumentLinkedEvent event) {
        documents.add(event.documentId());
    }

    @EventSourcingHandler
    void on(AmparoFiledEvent event) {
        amparoFiledAt = event.filedAt();
    }

    @EventSourcingHandler
    void on(AmparoResolvedEvent event) {
        amparoResolved = true;
    }
}
