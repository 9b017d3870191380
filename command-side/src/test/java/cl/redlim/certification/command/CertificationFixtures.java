package cl.redlim.certification.command;

import cl.redlim.access.api.Actor;
import cl.redlim.access.api.Role;
import cl.redlim.certification.credential.CredentialIssuer;
import cl.redlim.certification.credential.CredentialLinks;
import cl.redlim.certification.credential.IssuerKey;
import cl.redlim.certification.api.*;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.kernel.Rut;
import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.CommuneRegistry;
import cl.redlim.territory.api.Rurality;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The histories, fakes and callers the certification tests share. */
final class CertificationFixtures {

    static final CommuneCode MAIPU = CommuneCode.of("13119");
    static final CommuneCode PENALOLEN = CommuneCode.of("13122");
    static final Rut RUT = Rut.of("12.345.678-5");
    static final String OFFICIAL = OfficialId.of(RUT);
    static final String PROGRAMME = "agentes-innovacion";
    static final String CERT = CertificationId.of(PROGRAMME, RUT);
    static final String LIST = StatusListId.of("1");
    static final Instant T0 = Instant.parse("2026-03-02T13:00:00Z");
    static final Instant T1 = Instant.parse("2026-04-06T13:00:00Z");
    static final Instant T2 = Instant.parse("2026-05-04T13:00:00Z");
    /** T2 plus the 24 months of validity, in Chile's calendar. */
    static final Instant VALID_UNTIL = Instant.parse("2028-05-04T13:00:00Z");
    static final ProgrammeRequirements V1 = new ProgrammeRequirements(List.of(
            new ModuleRequirement("design-thinking", "Design thinking", 20),
            new ModuleRequirement("co-creation", "Co-creación", 16)),
            new AssessmentRule(70, 2), 24, new RenewalRule(12, 90));

    private CertificationFixtures() {
    }

    static Map<String, String> admin() {
        return new Actor("admin", Role.ADMIN, "Programa", Set.of(), Set.of()).toMetaData();
    }

    static Map<String, String> maipu() {
        return new Actor("maipu", Role.INTEGRATOR, "Municipalidad de Maipú", Set.of("13119"), Set.of()).toMetaData();
    }

    static Map<String, String> penalolen() {
        return new Actor("penalolen", Role.INTEGRATOR, "Municipalidad de Peñalolén", Set.of("13122"), Set.of())
                .toMetaData();
    }

    static CommuneRegistry communes() {
        return cut -> cut.equals(MAIPU) || cut.equals(PENALOLEN) ? Optional.of(new CommuneRegistry.CommuneProfile(cut,
                "x", CommuneGroup.GROUP_2, Rurality.PREDOMINANTLY_URBAN)) : Optional.empty();
    }

    static OfficialEnrolledEvent enrolled() {
        return new OfficialEnrolledEvent(CERT, PROGRAMME, "Agentes de innovación pública", 1, V1, RUT, "Ana Rojas",
                MAIPU, "2026-1", LocalDate.of(2026, 3, 2), T0);
    }

    static ModuleCompletedEvent completed(String module, int hours) {
        return new ModuleCompletedEvent(CERT, module, hours, "https://lms.example/" + module, "Luis Soto", T1);
    }

    static AssessmentSatEvent sat(int attempt, int score) {
        return new AssessmentSatEvent(CERT, attempt, score, 70, score >= 70, T1);
    }

    /** A fixed issuer key, for tests only: credentials signed in fixture tests verify against its public half. */
    static final IssuerKey TEST_KEY = IssuerKey.of("{\"kty\":\"EC\",\"d\":\"dHFQAEiuY8FoP-6mF5eoSZsw9fFf3gCtmTFoKLRXHDQ\","
            + "\"crv\":\"P-256\",\"x\":\"KbYI5qQluSP0gnJWCJ1kumAMjFc-CgmMPt0NXHT-KkY\","
            + "\"y\":\"kAxCPgZlQKKlKIBqD61ZpItze9NP3AcJMNO2lsQxO00\"}");
    static final CredentialLinks TEST_LINKS = new CredentialLinks("https://redlim.example.cl");

    /** The issuer the certify and renew handlers sign with in fixture tests. */
    static CredentialIssuer testIssuer() {
        return new CredentialIssuer(TEST_KEY, TEST_LINKS, "RedLIM (pruebas)");
    }

    static IssuedCertificate certificate(int n, long index, Instant issuedAt, Instant validUntil) {
        return new IssuedCertificate(Certification.credentialId(CERT, n), LIST, index, RUT, "Ana Rojas", MAIPU,
                PROGRAMME, "Agentes de innovación pública", 1, issuedAt, validUntil);
    }

    static OfficialCertifiedEvent certified() {
        return new OfficialCertifiedEvent(CERT, certificate(1, 0, T2, VALID_UNTIL), T0);
    }

    static Object[] readyToCertify() {
        return new Object[]{enrolled(), completed("design-thinking", 20), completed("co-creation", 16), sat(1, 80)};
    }

    static Object[] certifiedHistory() {
        return new Object[]{enrolled(), completed("design-thinking", 20), completed("co-creation", 16), sat(1, 80),
                certified()};
    }

    /** The refusal expected: a DomainException with this code, and no events. */
    static ResultValidator<?> refused(ResultValidator<?> result, ErrorCode code) {
        return result.expectNoEvents().expectException(new TypeSafeMatcher<DomainException>() {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a DomainException with code " + code);
            }
        });
    }

    /** Officials held in memory. */
    static final class FakeOfficials implements Officials {
        final Map<Rut, Profile> officials = new HashMap<>();

        FakeOfficials with(Rut rut, String name, CommuneCode municipality) {
            officials.put(rut, new Profile(rut, name, municipality));
            return this;
        }

        @Override
        public Optional<Profile> find(Rut rut) {
            return Optional.ofNullable(officials.get(rut));
        }
    }

    /** Programmes held in memory. */
    static final class FakeProgrammes implements Programmes {
        final Map<String, Current> programmes = new HashMap<>();

        @Override
        public Optional<Current> find(String programmeId) {
            return Optional.ofNullable(programmes.get(programmeId));
        }
    }

    /** Indexes 0, 1, 2, … per list, as the status-list aggregate would. */
    static final class FakeStatusLists implements StatusLists {
        final Map<String, Long> next = new HashMap<>();

        @Override
        public StatusListEntry allocate(AllocateStatusListIndexCommand command) {
            long index = next.merge(command.statusListId(), 1L, Long::sum) - 1;
            return new StatusListEntry(command.statusListId(), index);
        }
    }
}
