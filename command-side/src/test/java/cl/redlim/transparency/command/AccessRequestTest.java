package cl.redlim.transparency.command;

import cl.redlim.access.api.Actor;
import cl.redlim.access.api.Role;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.CommuneRegistry;
import cl.redlim.territory.api.CommuneRegistry.CommuneProfile;
import cl.redlim.territory.api.Rurality;
import cl.redlim.transparency.api.*;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static cl.redlim.kernel.ErrorCode.*;
import static cl.redlim.testsupport.Refusals.refusedWith;

/** Every rule of an access request. Dates are 2025's, over the shipped calendar (see BusinessCalendarTest). */
class AccessRequestTest {

    static final String ID = "req-1";
    static final CommuneCode MAIPU = CommuneCode.of("13119");
    static final RequesterContact ANA = new RequesterContact("Ana Pérez", "ana@example.cl", null, null);
    /** Wed 17 Sep 2025, 10:00 in Chile: the deadline is Fri 17 Oct 2025. */
    static final Instant RECEIVED_AT = Instant.parse("2025-09-17T13:00:00Z");
    static final LocalDate DEADLINE = LocalDate.parse("2025-10-17");
    /** Mon 3 Nov 2025: ten business days after 17 Oct, skipping Fri 31 Oct. */
    static final LocalDate EXTENDED = LocalDate.parse("2025-11-03");

    private FixtureConfiguration<AccessRequest> fixture;
    private final AtomicReference<BusinessCalendar> calendar = new AtomicReference<>(OfficialHolidays.calendar());

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccessRequest.class);
        fixture.registerInjectableResource((CommuneRegistry) cut -> cut.equals(MAIPU)
                ? Optional.of(new CommuneProfile(MAIPU, "Maipú", CommuneGroup.GROUP_2, Rurality.PREDOMINANTLY_URBAN))
                : Optional.empty());
        fixture.registerInjectableResource((HolidayCalendars) calendar::get);
    }

    static Instant chile(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(AccessRequest.CHILE).toInstant();
    }

    static AccessRequestReceivedEvent received() {
        return new AccessRequestReceivedEvent(ID, MAIPU, "Contratos de aseo 2024", AccessRequestChannel.WEB_PORTAL,
                RECEIVED_AT, LocalDate.parse("2025-09-17"), DEADLINE, 0);
    }

    static AccessRequestDeadlineExtendedEvent extended() {
        return new AccessRequestDeadlineExtendedEvent(ID, "Volumen de antecedentes", DEADLINE, EXTENDED,
                chile("2025-10-10T09:00"));
    }

    static AccessRequestAnsweredEvent answered(AnswerOutcome outcome, LocalDate on, List<WithheldPart> withheld,
                                               List<Art21Ground> grounds) {
        return new AccessRequestAnsweredEvent(ID, outcome, "Respuesta", withheld, grounds, List.of("doc-1"),
                on.atTime(12, 0).atZone(AccessRequest.CHILE).toInstant(), on, DEADLINE, !on.isAfter(DEADLINE),
                OfficialHolidays.calendar().businessDaysBetween(LocalDate.parse("2025-09-17"), on));
    }

    static final List<Art21Ground> DENIAL = List.of(Art21Ground.ART_21_1_C);

    @Nested
    class Receive {
        ReceiveAccessRequestCommand receive(RequesterContact requester) {
            return new ReceiveAccessRequestCommand(ID, MAIPU, requester, "Contratos de aseo 2024",
                    AccessRequestChannel.WEB_PORTAL, RECEIVED_AT);
        }

        @Test
        void whenReceived_thenDeadlineIsThe20thBusinessDayAndTheRequesterIsAnEventApart() {
            fixture.givenNoPriorActivity().when(receive(ANA))
                    .expectEvents(received(), new AccessRequesterIdentifiedEvent(ID, ANA));
        }

        @Test
        void whenReceivedLateAtNightUtc_thenTheDateIsChiles() {
            // 02:00 UTC on Thu 18 Sep is 23:00 on Wed 17 Sep in Chile (UTC-3): the same deadline as received().
            fixture.givenNoPriorActivity().when(new ReceiveAccessRequestCommand(ID, MAIPU, ANA,
                            "Contratos de aseo 2024", AccessRequestChannel.WEB_PORTAL, Instant.parse("2025-09-18T02:00:00Z")))
                    .expectEvents(new AccessRequestReceivedEvent(ID, MAIPU, "Contratos de aseo 2024",
                            AccessRequestChannel.WEB_PORTAL, Instant.parse("2025-09-18T02:00:00Z"),
                            LocalDate.parse("2025-09-17"), DEADLINE, 0), new AccessRequesterIdentifiedEvent(ID, ANA));
        }

        @Test
        void whenRequesterHasNoEmailNorAddress_thenRefused() {
            refusedWith(fixture.givenNoPriorActivity().when(receive(new RequesterContact("Ana", " ", "+569", null))),
                    VALIDATION_FAILED);
        }

        @Test
        void whenUnknownCommune_thenRefused() {
            refusedWith(fixture.givenNoPriorActivity().when(new ReceiveAccessRequestCommand(ID,
                    CommuneCode.of("13199"), ANA, "x", AccessRequestChannel.EMAIL, RECEIVED_AT)), UNKNOWN_COMMUNE);
        }

        @Test
        void whenForeignIntegrator_thenForbidden() {
            refusedWith(fixture.givenNoPriorActivity().when(receive(ANA), new Actor("p", Role.INTEGRATOR, "Peñalolén",
                    Set.of("13122"), Set.of()).toMetaData()), FORBIDDEN);
        }
    }

    @Nested
    class Extend {
        @Test
        void givenReceived_whenExtendedBeforeTheDeadline_thenTenMoreBusinessDays() {
            fixture.given(received()).when(new ExtendAccessRequestDeadlineCommand(ID, "Volumen de antecedentes",
                    chile("2025-10-10T09:00"))).expectEvents(extended());
        }

        @Test
        void givenReceived_whenExtendedOnTheDeadlineDay_thenExtended() {
            fixture.given(received()).when(new ExtendAccessRequestDeadlineCommand(ID, "Volumen de antecedentes",
                    chile("2025-10-17T23:30"))).expectEvents(new AccessRequestDeadlineExtendedEvent(ID,
                    "Volumen de antecedentes", DEADLINE, EXTENDED, chile("2025-10-17T23:30")));
        }

        @Test
        void givenReceived_whenExtendedAfterTheDeadline_thenRefused() {
            refusedWith(fixture.given(received()).when(new ExtendAccessRequestDeadlineCommand(ID, "Tarde",
                    chile("2025-10-18T00:10"))), DEADLINE_PASSED);
        }

        @Test
        void givenExtended_whenExtendedAgain_thenRefused() {
            refusedWith(fixture.given(received(), extended()).when(new ExtendAccessRequestDeadlineCommand(ID, "Otra",
                    chile("2025-10-20T09:00"))), DEADLINE_ALREADY_EXTENDED);
        }

        @Test
        void givenReceived_whenExtendedWithoutReasons_thenRefused() {
            refusedWith(fixture.given(received()).when(new ExtendAccessRequestDeadlineCommand(ID, " ",
                    chile("2025-10-10T09:00"))), VALIDATION_FAILED);
        }
    }

    @Nested
    class Recompute {
        static final Instant AT = Instant.parse("2025-10-01T15:00:00Z");

        @Test
        void givenReceived_whenAHolidayInsideTheTermIsRegistered_thenTheDeadlineMovesAndSaysWhy() {
            // A law declares Mon 13 Oct 2025 a holiday: the 20th business day moves from Fri 17 to Mon 20 Oct.
            calendar.set(OfficialHolidays.calendar().with(LocalDate.parse("2025-10-13"), "Feriado de prueba"));
            fixture.given(received()).when(new RecomputeAccessRequestDeadlineCommand(ID, "Ley de prueba", AT))
                    .expectEvents(new AccessRequestDeadlineRecomputedEvent(ID, DEADLINE, LocalDate.parse("2025-10-20"),
                            LocalDate.parse("2025-10-20"), 1, "Ley de prueba", AT));
        }

        @Test
        void givenExtended_whenAHolidayIsRegistered_thenTheExtensionIsCountedFromTheNewLegalDeadline() {
            // Legal deadline Mon 20 Oct (as above); ten more business days: 21-24 → 4, 27-30 → 8, 31 Oct holiday,
            // 3, 4 Nov → 10.
            calendar.set(OfficialHolidays.calendar().with(LocalDate.parse("2025-10-13"), "Feriado de prueba"));
            fixture.given(received(), extended()).when(new RecomputeAccessRequestDeadlineCommand(ID, "Ley", AT))
                    .expectEvents(new AccessRequestDeadlineRecomputedEvent(ID, EXTENDED, LocalDate.parse("2025-11-04"),
                            LocalDate.parse("2025-10-20"), 1, "Ley", AT));
        }

        @Test
        void givenReceived_whenAHolidayOutsideTheTermIsRegistered_thenNothing() {
            calendar.set(OfficialHolidays.calendar().with(LocalDate.parse("2025-12-26"), "Feriado de prueba"));
            fixture.given(received()).when(new RecomputeAccessRequestDeadlineCommand(ID, "Ley", AT)).expectNoEvents();
        }

        @Test
        void givenAnswered_whenRecompute_thenNothing() {
            calendar.set(OfficialHolidays.calendar().with(LocalDate.parse("2025-10-13"), "Feriado de prueba"));
            fixture.given(received(), answered(AnswerOutcome.GRANTED, LocalDate.parse("2025-10-01"), List.of(),
                    List.of())).when(new RecomputeAccessRequestDeadlineCommand(ID, "Ley", AT)).expectNoEvents();
        }
    }

    @Nested
    class TransferAndOpposition {
        @Test
        void givenReceived_whenTransferred_thenClosedForAnswers() {
            Instant at = chile("2025-09-18T10:00");
            fixture.given(received()).when(new TransferAccessRequestCommand(ID, "Servicio de Salud Metropolitano "
                    + "Central", "Información de salud primaria", at)).expectEvents(new AccessRequestTransferredEvent(ID,
                    "Servicio de Salud Metropolitano Central", "Información de salud primaria", at));
        }

        @Test
        void givenTransferred_whenAnswered_thenRefused() {
            refusedWith(fixture.given(received(), new AccessRequestTransferredEvent(ID, "Otro", "r", RECEIVED_AT))
                    .when(new AnswerAccessRequestCommand(ID, AnswerOutcome.GRANTED, "x", List.of(), List.of(),
                            List.of(), chile("2025-10-01T10:00"))), ACCESS_REQUEST_CLOSED);
        }

        @Test
        void givenReceived_whenAThirdPartyOpposes_thenRecorded() {
            Instant at = chile("2025-09-25T10:00");
            fixture.given(received()).when(new RecordThirdPartyOppositionCommand(ID, "Afecta derechos comerciales", at))
                    .expectEvents(new ThirdPartyOppositionRecordedEvent(ID, "Afecta derechos comerciales", at));
        }

        @Test
        void givenAnOpposition_whenGrantedInFull_thenRefused() {
            refusedWith(fixture.given(received(), new ThirdPartyOppositionRecordedEvent(ID, "g", RECEIVED_AT))
                    .when(new AnswerAccessRequestCommand(ID, AnswerOutcome.GRANTED, "x", List.of(), List.of(),
                            List.of(), chile("2025-10-01T10:00"))), THIRD_PARTY_OPPOSED);
        }
    }

    @Nested
    class Answer {
        final Instant onTime = chile("2025-10-16T10:00");

        @Test
        void givenReceived_whenPartiallyGranted_thenWithheldPartsWithGroundsAndOnTime() {
            List<WithheldPart> withheld = List.of(new WithheldPart("RUT de trabajadores", Art21Ground.ART_21_2));
            // 19 business days: 22 Sep to 16 Oct.
            fixture.given(received()).when(new AnswerAccessRequestCommand(ID, AnswerOutcome.PARTIALLY_GRANTED,
                    "Se entregan contratos", withheld, List.of(), List.of("doc-1", "doc-1"), onTime))
                    .expectEvents(new AccessRequestAnsweredEvent(ID, AnswerOutcome.PARTIALLY_GRANTED,
                            "Se entregan contratos", withheld, List.of(), List.of("doc-1"), onTime,
                            LocalDate.parse("2025-10-16"), DEADLINE, true, 19));
        }

        @Test
        void givenReceived_whenGrantedAfterTheDeadline_thenRecordedLate() {
            Instant late = chile("2025-10-20T10:00");
            fixture.given(received()).when(new AnswerAccessRequestCommand(ID, AnswerOutcome.GRANTED, "Entregado",
                    null, null, null, late)).expectEvents(new AccessRequestAnsweredEvent(ID, AnswerOutcome.GRANTED,
                    "Entregado", List.of(), List.of(), List.of(), late, LocalDate.parse("2025-10-20"), DEADLINE, false,
                    21));
        }

        @Test
        void givenReceived_whenDeniedWithoutGround_thenRefused() {
            refusedWith(fixture.given(received()).when(new AnswerAccessRequestCommand(ID, AnswerOutcome.DENIED,
                    "No", List.of(), List.of(), List.of(), onTime)), ART21_GROUND_REQUIRED);
        }

        @Test
        void givenReceived_whenPartialWithoutWithheldParts_thenRefused() {
            refusedWith(fixture.given(received()).when(new AnswerAccessRequestCommand(ID,
                    AnswerOutcome.PARTIALLY_GRANTED, "Parte", List.of(), List.of(), List.of(), onTime)),
                    ART21_GROUND_REQUIRED);
        }

        @Test
        void givenReceived_whenPartialWithAPartWithoutGround_thenRefused() {
            refusedWith(fixture.given(received()).when(new AnswerAccessRequestCommand(ID,
                    AnswerOutcome.PARTIALLY_GRANTED, "Parte", List.of(new WithheldPart("Anexo", null)), List.of(),
                    List.of(), onTime)), ART21_GROUND_REQUIRED);
        }

        @Test
        void givenReceived_whenGrantedWithGrounds_thenRefused() {
            refusedWith(fixture.given(received()).when(new AnswerAccessRequestCommand(ID, AnswerOutcome.GRANTED,
                    "Todo", List.of(), DENIAL, List.of(), onTime)), ART21_GROUND_REQUIRED);
        }

        @Test
        void givenAnswered_whenAnsweredAgain_thenRefused() {
            refusedWith(fixture.given(received(), answered(AnswerOutcome.DENIED, LocalDate.parse("2025-10-16"),
                    List.of(), DENIAL)).when(new AnswerAccessRequestCommand(ID, AnswerOutcome.GRANTED, "Todo",
                    List.of(), List.of(), List.of(), onTime)), ACCESS_REQUEST_CLOSED);
        }

        @Test
        void givenAnswered_whenADocumentIsLinked_thenLinkedOnce() {
            Instant at = chile("2025-10-17T10:00");
            fixture.given(received(), answered(AnswerOutcome.GRANTED, LocalDate.parse("2025-10-16"), List.of(),
                            List.of()))
                    .when(new LinkAnswerDocumentCommand(ID, "doc-2", at))
                    .expectEvents(new AnswerDocumentLinkedEvent(ID, "doc-2", at));
            fixture.given(received(), answered(AnswerOutcome.GRANTED, LocalDate.parse("2025-10-16"), List.of(),
                    List.of())).when(new LinkAnswerDocumentCommand(ID, "doc-1", at)).expectNoEvents();
        }

        @Test
        void givenReceived_whenADocumentIsLinked_thenRefused() {
            refusedWith(fixture.given(received()).when(new LinkAnswerDocumentCommand(ID, "doc-2", onTime)),
                    INVALID_STATE_TRANSITION);
        }
    }

    @Nested
    class Amparo {
        @Test
        void givenDenied_whenAmparoWithin15BusinessDays_thenFiled() {
            // Denied Fri 17 Oct 2025: the limit is Mon 10 Nov (see BusinessCalendarTest).
            Instant at = chile("2025-11-10T18:00");
            fixture.given(received(), answered(AnswerOutcome.DENIED, DEADLINE, List.of(), DENIAL))
                    .when(new FileAmparoCommand(ID, "C1234-25", at))
                    .expectEvents(new AmparoFiledEvent(ID, AmparoBasis.DENIAL, "C1234-25", at,
                            LocalDate.parse("2025-11-10")));
        }

        @Test
        void givenDenied_whenAmparoAfter15BusinessDays_thenRefused() {
            refusedWith(fixture.given(received(), answered(AnswerOutcome.DENIED, DEADLINE, List.of(), DENIAL))
                    .when(new FileAmparoCommand(ID, "C1234-25", chile("2025-11-11T09:00"))), AMPARO_TIME_LIMIT_PASSED);
        }

        @Test
        void givenUnansweredPastTheDeadline_whenAmparo_thenFiledForTheMissedDeadline() {
            Instant at = chile("2025-10-20T09:00");
            fixture.given(received()).when(new FileAmparoCommand(ID, "C99-25", at))
                    .expectEvents(new AmparoFiledEvent(ID, AmparoBasis.MISSED_DEADLINE, "C99-25", at,
                            LocalDate.parse("2025-11-10")));
        }

        @Test
        void givenUnansweredWithinTheDeadline_whenAmparo_thenRefused() {
            refusedWith(fixture.given(received()).when(new FileAmparoCommand(ID, "C99-25",
                    chile("2025-10-17T09:00"))), AMPARO_NOT_ALLOWED);
        }

        @Test
        void givenGrantedInFull_whenAmparo_thenRefused() {
            refusedWith(fixture.given(received(), answered(AnswerOutcome.GRANTED, DEADLINE, List.of(), List.of()))
                    .when(new FileAmparoCommand(ID, "C99-25", chile("2025-10-20T09:00"))), AMPARO_NOT_ALLOWED);
        }

        @Test
        void givenFiled_whenFiledAgain_thenRefused() {
            refusedWith(fixture.given(received(), new AmparoFiledEvent(ID, AmparoBasis.MISSED_DEADLINE, "C1",
                    chile("2025-10-20T09:00"), LocalDate.parse("2025-11-10")))
                    .when(new FileAmparoCommand(ID, "C2", chile("2025-10-21T09:00"))), AMPARO_ALREADY_FILED);
        }

        @Test
        void givenFiled_whenResolved_thenRecorded_andNotTwice() {
            AmparoFiledEvent filed = new AmparoFiledEvent(ID, AmparoBasis.MISSED_DEADLINE, "C1",
                    chile("2025-10-20T09:00"), LocalDate.parse("2025-11-10"));
            Instant at = chile("2025-12-15T09:00");
            fixture.given(received(), filed).when(new ResolveAmparoCommand(ID, AmparoOutcome.UPHELD, "Decisión C1", at))
                    .expectEvents(new AmparoResolvedEvent(ID, AmparoOutcome.UPHELD, "Decisión C1", at));
            refusedWith(fixture.given(received(), filed, new AmparoResolvedEvent(ID, AmparoOutcome.UPHELD, "D", at))
                    .when(new ResolveAmparoCommand(ID, AmparoOutcome.REJECTED, "D2", at)), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenNoAmparo_whenResolved_thenRefused() {
            refusedWith(fixture.given(received()).when(new ResolveAmparoCommand(ID, AmparoOutcome.UPHELD, "D",
                    chile("2025-12-15T09:00"))), INVALID_STATE_TRANSITION);
        }
    }
}
