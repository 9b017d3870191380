package cl.redlim.certification.command;

import cl.redlim.certification.api.*;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.kernel.Rut;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cl.redlim.certification.command.CertificationFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class CertificationTest {

    private FixtureConfiguration<Certification> fixture;
    private FakeOfficials officials;
    private FakeProgrammes programmes;
    private FakeStatusLists statusLists;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Certification.class);
        officials = new FakeOfficials().with(RUT, "Ana Rojas", MAIPU);
        programmes = new FakeProgrammes();
        programmes.programmes.put(PROGRAMME, new Programmes.Current(PROGRAMME, "Agentes de innovación pública", 1,
                V1));
        statusLists = new FakeStatusLists();
        fixture.registerInjectableResource(officials);
        fixture.registerInjectableResource(programmes);
        fixture.registerInjectableResource(statusLists);
        fixture.registerInjectableResource(testIssuer());
        // the signed JWT differs on every signing (ECDSA nonce, the RUT's salt): checked by verifying it instead
        fixture.registerIgnoredField(OfficialCertifiedEvent.class, "credentialJwt");
        fixture.registerIgnoredField(CertificateRenewedEvent.class, "credentialJwt");
    }

    private static EnrolOfficialCommand enrol() {
        return new EnrolOfficialCommand(CERT, PROGRAMME, RUT, "2026-1", LocalDate.of(2026, 3, 2), T0);
    }

    private static CompleteModuleCommand complete(String module) {
        return new CompleteModuleCommand(CERT, module, "https://lms.example/" + module, "Luis Soto", T1);
    }

    @Nested
    class Enrol {
        @Test
        void givenRegisteredOfficial_whenEnrol_thenEnrolledUnderTheVersionInForce() {
            fixture.givenNoPriorActivity().when(enrol(), maipu()).expectEvents(enrolled());
        }

        @Test
        void givenRequirementsRevised_whenEnrol_thenTheNewVersionIsCopied() {
            ProgrammeRequirements v2 = new ProgrammeRequirements(List.of(
                    new ModuleRequirement("open-data", "Datos abiertos", 12)), new AssessmentRule(60, 3), 36,
                    new RenewalRule(8, 60));
            programmes.programmes.put(PROGRAMME, new Programmes.Current(PROGRAMME, "Agentes de innovación pública",
                    2, v2));
            fixture.givenNoPriorActivity().when(enrol(), maipu()).expectEvents(new OfficialEnrolledEvent(CERT,
                    PROGRAMME, "Agentes de innovación pública", 2, v2, RUT, "Ana Rojas", MAIPU, "2026-1",
                    LocalDate.of(2026, 3, 2), T0));
        }

        @Test
        void givenEnrolled_whenEnrolAgain_thenRefused() {
            refused(fixture.given(enrolled()).when(enrol(), maipu()), ErrorCode.ALREADY_ENROLLED);
        }

        @Test
        void givenWithdrawn_whenEnrolAgain_thenRefused() {
            refused(fixture.given(enrolled(), new CertificationWithdrawnEvent(CERT, WithdrawalKind.WITHDRAWN,
                    "Cambio de funciones", T1)).when(enrol(), maipu()), ErrorCode.ALREADY_ENROLLED);
        }

        @Test
        void whenOfficialUnknown_thenRefused() {
            officials.officials.clear();
            refused(fixture.givenNoPriorActivity().when(enrol(), maipu()), ErrorCode.UNKNOWN_OFFICIAL);
        }

        @Test
        void whenProgrammeUnknown_thenRefused() {
            programmes.programmes.clear();
            refused(fixture.givenNoPriorActivity().when(enrol(), maipu()), ErrorCode.UNKNOWN_PROGRAMME);
        }

        @Test
        void whenAnotherMunicipalitysIntegrator_thenForbidden() {
            refused(fixture.givenNoPriorActivity().when(enrol(), penalolen()), ErrorCode.FORBIDDEN);
        }

        @Test
        void whenTheIdIsNotTheOfficialsInTheProgramme_thenRefused() {
            Rut other = Rut.of("11111111-1");
            refused(fixture.givenNoPriorActivity().when(new EnrolOfficialCommand(CertificationId.of(PROGRAMME, other),
                    PROGRAMME, RUT, "2026-1", LocalDate.of(2026, 3, 2), T0), maipu()), ErrorCode.VALIDATION_FAILED);
        }

        @Test
        void theIdIsOnePerOfficialPerProgramme() {
            assertThat(CertificationId.of(PROGRAMME, Rut.of("12345678-5"))).isEqualTo(CERT)
                    .isNotEqualTo(CertificationId.of("otro", RUT))
                    .isNotEqualTo(CertificationId.of(PROGRAMME, Rut.of("11111111-1")));
        }
    }

    @Nested
    class Modules {
        @Test
        void givenEnrolled_whenCompleteModule_thenCompletedWithItsHours() {
            fixture.given(enrolled()).when(complete("design-thinking"), maipu())
                    .expectEvents(completed("design-thinking", 20));
        }

        @Test
        void whenModuleNotInTheEnrolmentsVersion_thenRefused() {
            refused(fixture.given(enrolled()).when(complete("open-data"), maipu()), ErrorCode.UNKNOWN_MODULE);
        }

        @Test
        void givenModuleDone_whenCompleteAgain_thenRefused() {
            refused(fixture.given(enrolled(), completed("design-thinking", 20)).when(complete("design-thinking"),
                    maipu()), ErrorCode.MODULE_ALREADY_COMPLETED);
        }

        @Test
        void whenNoEvidence_thenRefused() {
            refused(fixture.given(enrolled()).when(new CompleteModuleCommand(CERT, "co-creation", " ", "Luis Soto",
                    T1), maipu()), ErrorCode.VALIDATION_FAILED);
        }

        @Test
        void whenNoInstructor_thenRefused() {
            refused(fixture.given(enrolled()).when(new CompleteModuleCommand(CERT, "co-creation", "folio 12", null,
                    T1), maipu()), ErrorCode.VALIDATION_FAILED);
        }

        @Test
        void givenOfficialTransferred_whenTheOldMunicipalityRecords_thenForbidden() {
            officials.with(RUT, "Ana Rojas", PENALOLEN);
            refused(fixture.given(enrolled()).when(complete("co-creation"), maipu()), ErrorCode.FORBIDDEN);
            fixture.given(enrolled()).when(complete("co-creation"), penalolen())
                    .expectEvents(completed("co-creation", 16));
        }

        @Test
        void givenWithdrawn_whenCompleteModule_thenRefused() {
            refused(fixture.given(enrolled(), new CertificationWithdrawnEvent(CERT, WithdrawalKind.DROPPED_OUT,
                    "Sin asistencia", T1)).when(complete("co-creation"), maipu()), ErrorCode.CERTIFICATION_CLOSED);
        }
    }

    @Nested
    class Assessment {
        @Test
        void whenScoreAtThePassMark_thenPassed() {
            fixture.given(enrolled()).when(new SitAssessmentCommand(CERT, 70, T1), admin())
                    .expectEvents(new AssessmentSatEvent(CERT, 1, 70, 70, true, T1));
        }

        @Test
        void whenScoreBelow_thenFailedAttemptCounted() {
            fixture.given(enrolled()).when(new SitAssessmentCommand(CERT, 69, T1), admin())
                    .expectEvents(new AssessmentSatEvent(CERT, 1, 69, 70, false, T1));
        }

        @Test
        void givenOneFailure_whenSitAgain_thenSecondAttempt() {
            fixture.given(enrolled(), sat(1, 50)).when(new SitAssessmentCommand(CERT, 90, T1), admin())
                    .expectEvents(new AssessmentSatEvent(CERT, 2, 90, 70, true, T1));
        }

        @Test
        void givenAttemptsExhausted_whenSitAgain_thenRefused() {
            refused(fixture.given(enrolled(), sat(1, 50), sat(2, 60)).when(new SitAssessmentCommand(CERT, 90, T1),
                    admin()), ErrorCode.ASSESSMENT_ATTEMPTS_EXHAUSTED);
        }

        @Test
        void givenPassed_whenSitAgain_thenRefused() {
            refused(fixture.given(enrolled(), sat(1, 80)).when(new SitAssessmentCommand(CERT, 90, T1), admin()),
                    ErrorCode.ASSESSMENT_ALREADY_PASSED);
        }

        @Test
        void whenScoreOutOfRange_thenRefused() {
            refused(fixture.given(enrolled()).when(new SitAssessmentCommand(CERT, 101, T1), admin()),
                    ErrorCode.VALIDATION_FAILED);
            refused(fixture.given(enrolled()).when(new SitAssessmentCommand(CERT, -1, T1), admin()),
                    ErrorCode.VALIDATION_FAILED);
        }
    }

    @Nested
    class Certify {
        @Test
        void givenEveryModuleAndAPass_whenCertify_thenCertificateWithCredentialIdAndStatusIndex() {
            fixture.given(readyToCertify()).when(new CertifyOfficialCommand(CERT, T2), admin())
                    .expectEvents(certified());
        }

        @Test
        void givenTheOfficialRenamedAndTransferred_whenCertify_thenTheCertificateNamesThemAsTheyAreNow() {
            officials.with(RUT, "Ana María Rojas", PENALOLEN);
            fixture.given(readyToCertify()).when(new CertifyOfficialCommand(CERT, T2), admin())
                    .expectEvents(new OfficialCertifiedEvent(CERT, new IssuedCertificate(
                            Certification.credentialId(CERT, 1), LIST, 0, RUT, "Ana María Rojas", PENALOLEN,
                            PROGRAMME, "Agentes de innovación pública", 1, T2, VALID_UNTIL), T0));
        }

        @Test
        void whenCertify_thenTheEventCarriesTheSignedCredentialThatVerifies() {
            List<Object> issued = new java.util.ArrayList<>();
            fixture.given(readyToCertify()).when(new CertifyOfficialCommand(CERT, T2), admin())
                    .expectEventsMatching(capture(issued));
            assertSignedCredential((IssuedCertificate) issued.get(0), (String) issued.get(1), 1, 0, T2);
        }

        @Test
        void givenAModulePending_whenCertify_thenRefused() {
            refused(fixture.given(enrolled(), completed("design-thinking", 20), sat(1, 80))
                    .when(new CertifyOfficialCommand(CERT, T2), admin()), ErrorCode.CERTIFICATION_REQUIREMENTS_NOT_MET);
        }

        @Test
        void givenAssessmentNotSat_whenCertify_thenRefused() {
            refused(fixture.given(enrolled(), completed("design-thinking", 20), completed("co-creation", 16))
                    .when(new CertifyOfficialCommand(CERT, T2), admin()), ErrorCode.CERTIFICATION_REQUIREMENTS_NOT_MET);
        }

        @Test
        void givenAssessmentFailed_whenCertify_thenRefused() {
            refused(fixture.given(enrolled(), completed("design-thinking", 20), completed("co-creation", 16),
                    sat(1, 40)).when(new CertifyOfficialCommand(CERT, T2), admin()),
                    ErrorCode.CERTIFICATION_REQUIREMENTS_NOT_MET);
        }

        @Test
        void givenCertified_whenCertifyAgain_thenRefused() {
            refused(fixture.given(certifiedHistory()).when(new CertifyOfficialCommand(CERT, T2), admin()),
                    ErrorCode.ALREADY_CERTIFIED);
        }

        @Test
        void givenWithdrawn_whenCertify_thenRefused() {
            Object[] history = {enrolled(), completed("design-thinking", 20), completed("co-creation", 16),
                    sat(1, 80), new CertificationWithdrawnEvent(CERT, WithdrawalKind.WITHDRAWN, "Renuncia", T1)};
            refused(fixture.given(history).when(new CertifyOfficialCommand(CERT, T2), admin()),
                    ErrorCode.CERTIFICATION_CLOSED);
        }

        @Test
        void credentialIdsAreDistinctPerIssueAndCertification() {
            assertThat(Certification.credentialId(CERT, 1)).startsWith("urn:uuid:")
                    .isNotEqualTo(Certification.credentialId(CERT, 2))
                    .isNotEqualTo(Certification.credentialId(CertificationId.of("otro", RUT), 1));
        }
    }

    @Nested
    class Expiry {
        @Test
        void givenCertified_whenRecordExpiryAtValidUntil_thenExpired() {
            fixture.given(certifiedHistory()).when(new RecordCertificateExpiryCommand(CERT, VALID_UNTIL), admin())
                    .expectEvents(new CertificateExpiredEvent(CERT, Certification.credentialId(CERT, 1), VALID_UNTIL,
                            VALID_UNTIL));
        }

        @Test
        void givenCertified_whenRecordExpiryBeforeValidUntil_thenRefused() {
            refused(fixture.given(certifiedHistory()).when(new RecordCertificateExpiryCommand(CERT,
                    VALID_UNTIL.minusSeconds(1)), admin()), ErrorCode.CERTIFICATE_STILL_VALID);
        }

        @Test
        void givenExpiryRecorded_whenRecordAgain_thenNothingHappens() {
            fixture.given(certifiedHistory()).andGiven(new CertificateExpiredEvent(CERT,
                            Certification.credentialId(CERT, 1), VALID_UNTIL, VALID_UNTIL))
                    .when(new RecordCertificateExpiryCommand(CERT, VALID_UNTIL.plusSeconds(60)), admin())
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void givenRevoked_whenRecordExpiry_thenNothingHappens() {
            fixture.given(certifiedHistory()).andGiven(revoked())
                    .when(new RecordCertificateExpiryCommand(CERT, VALID_UNTIL.plusSeconds(60)), admin())
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void givenNotCertified_whenRecordExpiry_thenRefused() {
            refused(fixture.given(enrolled()).when(new RecordCertificateExpiryCommand(CERT, VALID_UNTIL), admin()),
                    ErrorCode.NOT_CERTIFIED);
        }
    }

    @Nested
    class Renewal {
        private final Instant inWindow = VALID_UNTIL.minus(java.time.Duration.ofDays(30));

        @Test
        void givenCertifiedInTheWindowWithTheHours_whenRenew_thenANewCertificateFromTheOldEnd() {
            statusLists.next.put(LIST, 7L);
            fixture.given(certifiedHistory()).when(new RenewCertificateCommand(CERT, 12, "Diplomado folio 88",
                    inWindow), admin()).expectEvents(new CertificateRenewedEvent(CERT,
                    Certification.credentialId(CERT, 1), 12, "Diplomado folio 88",
                    certificate(2, 7, inWindow, Instant.parse("2030-05-04T13:00:00Z")), inWindow));
        }

        @Test
        void whenRenew_thenANewSignedCredentialWithItsOwnIdAndIndex() {
            statusLists.next.put(LIST, 7L);
            List<Object> issued = new java.util.ArrayList<>();
            fixture.given(certifiedHistory()).when(new RenewCertificateCommand(CERT, 12, "Diplomado folio 88",
                    inWindow), admin()).expectEventsMatching(capture(issued));
            assertSignedCredential((IssuedCertificate) issued.get(0), (String) issued.get(1), 2, 7, inWindow);
        }

        @Test
        void givenRenewed_whenRenewInTheNewWindow_thenAThirdCredential() {
            Instant secondEnd = Instant.parse("2030-05-04T13:00:00Z");
            Instant later = secondEnd.minus(java.time.Duration.ofDays(10));
            fixture.given(certifiedHistory()).andGiven(new CertificateRenewedEvent(CERT,
                            Certification.credentialId(CERT, 1), 12, "x", certificate(2, 7, inWindow, secondEnd),
                            inWindow))
                    .when(new RenewCertificateCommand(CERT, 20, "Curso", later), admin())
                    .expectEvents(new CertificateRenewedEvent(CERT, Certification.credentialId(CERT, 2), 20, "Curso",
                            certificate(3, 0, later, Instant.parse("2032-05-04T13:00:00Z")), later));
        }

        @Test
        void givenExpiryRecorded_whenRenew_thenRefused() {
            refused(fixture.given(certifiedHistory()).andGiven(new CertificateExpiredEvent(CERT,
                            Certification.credentialId(CERT, 1), VALID_UNTIL, VALID_UNTIL))
                    .when(new RenewCertificateCommand(CERT, 12, "x", VALID_UNTIL.plusSeconds(1)), admin()),
                    ErrorCode.CERTIFICATE_EXPIRED);
        }

        @Test
        void givenPastValidityButExpiryNotYetRecorded_whenRenew_thenRefused() {
            refused(fixture.given(certifiedHistory()).when(new RenewCertificateCommand(CERT, 12, "x", VALID_UNTIL),
                    admin()), ErrorCode.CERTIFICATE_EXPIRED);
        }

        @Test
        void givenRevoked_whenRenew_thenRefused() {
            refused(fixture.given(certifiedHistory()).andGiven(revoked())
                    .when(new RenewCertificateCommand(CERT, 12, "x", inWindow), admin()),
                    ErrorCode.CERTIFICATE_REVOKED);
        }

        @Test
        void givenBeforeTheWindow_whenRenew_thenRefused() {
            refused(fixture.given(certifiedHistory()).when(new RenewCertificateCommand(CERT, 12, "x",
                    VALID_UNTIL.minus(java.time.Duration.ofDays(91))), admin()), ErrorCode.RENEWAL_NOT_OPEN);
        }

        @Test
        void whenTooFewHours_thenRefused() {
            refused(fixture.given(certifiedHistory()).when(new RenewCertificateCommand(CERT, 11, "x", inWindow),
                    admin()), ErrorCode.RENEWAL_REQUIREMENTS_NOT_MET);
        }

        @Test
        void whenNoEvidence_thenRefused() {
            refused(fixture.given(certifiedHistory()).when(new RenewCertificateCommand(CERT, 12, " ", inWindow),
                    admin()), ErrorCode.RENEWAL_REQUIREMENTS_NOT_MET);
        }

        @Test
        void givenNeverCertified_whenRenew_thenRefused() {
            refused(fixture.given(enrolled()).when(new RenewCertificateCommand(CERT, 12, "x", inWindow), admin()),
                    ErrorCode.NOT_CERTIFIED);
        }
    }

    private static CertificateRevokedEvent revoked() {
        return new CertificateRevokedEvent(CERT, Certification.credentialId(CERT, 1), LIST, 0,
                "Antecedentes falsos", "admin", T2.plusSeconds(3600));
    }

    @Nested
    class Revocation {
        @Test
        void givenCertified_whenRevoke_thenRevokedWithReasonAndStatusEntry() {
            fixture.given(certifiedHistory()).when(new RevokeCertificateCommand(CERT, "Antecedentes falsos",
                    T2.plusSeconds(3600)), admin()).expectEvents(revoked());
        }

        @Test
        void givenRevoked_whenRevokeAgain_thenRefused() {
            refused(fixture.given(certifiedHistory()).andGiven(revoked()).when(new RevokeCertificateCommand(CERT,
                    "otra", T2.plusSeconds(7200)), admin()), ErrorCode.CERTIFICATE_REVOKED);
        }

        @Test
        void whenNoReason_thenRefused() {
            refused(fixture.given(certifiedHistory()).when(new RevokeCertificateCommand(CERT, "  ",
                    T2.plusSeconds(3600)), admin()), ErrorCode.VALIDATION_FAILED);
        }

        @Test
        void givenNotCertified_whenRevoke_thenRefused() {
            refused(fixture.given(readyToCertify()).when(new RevokeCertificateCommand(CERT, "x", T2), admin()),
                    ErrorCode.NOT_CERTIFIED);
        }

        @Test
        void givenExpired_whenRevoke_thenRefused() {
            refused(fixture.given(certifiedHistory()).when(new RevokeCertificateCommand(CERT, "x", VALID_UNTIL),
                    admin()), ErrorCode.CERTIFICATE_EXPIRED);
        }
    }

    @Nested
    class Withdrawal {
        @Test
        void givenInProgress_whenWithdraw_thenWithdrawn() {
            fixture.given(enrolled()).when(new WithdrawFromCertificationCommand(CERT, WithdrawalKind.WITHDRAWN,
                            "Cambio de funciones", T1), maipu())
                    .expectEvents(new CertificationWithdrawnEvent(CERT, WithdrawalKind.WITHDRAWN,
                            "Cambio de funciones", T1));
        }

        @Test
        void givenInProgress_whenDropOut_thenDroppedOut() {
            fixture.given(enrolled()).when(new WithdrawFromCertificationCommand(CERT, WithdrawalKind.DROPPED_OUT,
                            "Sin asistencia desde abril", T1), admin())
                    .expectEvents(new CertificationWithdrawnEvent(CERT, WithdrawalKind.DROPPED_OUT,
                            "Sin asistencia desde abril", T1));
        }

        @Test
        void givenCertified_whenWithdraw_thenRefused() {
            refused(fixture.given(certifiedHistory()).when(new WithdrawFromCertificationCommand(CERT,
                    WithdrawalKind.WITHDRAWN, "x", T2), maipu()), ErrorCode.ALREADY_CERTIFIED);
        }

        @Test
        void givenWithdrawn_whenWithdrawAgain_thenRefused() {
            refused(fixture.given(enrolled(), new CertificationWithdrawnEvent(CERT, WithdrawalKind.WITHDRAWN, "x",
                    T1)).when(new WithdrawFromCertificationCommand(CERT, WithdrawalKind.DROPPED_OUT, "y", T2),
                    maipu()), ErrorCode.CERTIFICATION_CLOSED);
        }

        @Test
        void whenAnotherMunicipalitysIntegrator_thenForbidden() {
            refused(fixture.given(enrolled()).when(new WithdrawFromCertificationCommand(CERT,
                    WithdrawalKind.WITHDRAWN, "x", T1), penalolen()), ErrorCode.FORBIDDEN);
        }
    }

    /** Keeps the certificate and JWT of the one event recorded (certified or renewed). */
    private static org.hamcrest.Matcher<List<org.axonframework.eventhandling.EventMessage<?>>> capture(
            List<Object> into) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<org.axonframework.eventhandling.EventMessage<?>> events) {
                if (events.size() != 1) {
                    return false;
                }
                Object payload = events.get(0).getPayload();
                if (payload instanceof OfficialCertifiedEvent e) {
                    into.add(e.certificate());
                    into.add(e.credentialJwt());
                } else if (payload instanceof CertificateRenewedEvent e) {
                    into.add(e.certificate());
                    into.add(e.credentialJwt());
                }
                return true;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("one certificate event");
            }
        };
    }

    /** The event's JWT is the certificate: signed by the issuer, naming the same id, index, holder and dates. */
    private static void assertSignedCredential(IssuedCertificate certificate, String jwt, int n, long index, Instant issuedAt) {
        assertThat(certificate.credentialId()).isEqualTo(Certification.credentialId(CERT, n));
        assertThat(certificate.statusListIndex()).isEqualTo(index);
        assertThat(jwt).isNotBlank();
        cl.redlim.certification.credential.Verification verification =
                new cl.redlim.certification.credential.CredentialVerifier(TEST_KEY.publicJwks(),
                        url -> java.util.Optional.empty(), java.time.Clock.fixed(issuedAt.plusSeconds(3600),
                        java.time.ZoneOffset.UTC)).verify(jwt);
        assertThat(verification.outcome()).isEqualTo(
                cl.redlim.certification.credential.Verification.Outcome.VALID_STATUS_UNKNOWN);
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(payload).contains("\"id\":\"" + certificate.credentialId() + "\"")
                .contains("\"statusListIndex\":\"" + index + "\"").contains(certificate.officialName())
                .contains(issuedAt.toString().replace(".000", "")).doesNotContain(RUT.value());
    }
}
