package cl.redlim.certification.query;

import cl.redlim.certification.api.*;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;
import cl.redlim.readmodel.InMemoryMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateValidityProjectionTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private static final Instant T = Instant.parse("2026-03-02T13:00:00Z");
    private static final ProgrammeRequirements REQ = new ProgrammeRequirements(List.of(
            new ModuleRequirement("dt", "Design thinking", 8)), new AssessmentRule(60, 2), 12, new RenewalRule(0, 30));

    private CertificateValidityProjection projection;

    @BeforeEach
    void setUp() {
        projection = new CertificateValidityProjection(mongo.freshDatabase());
    }

    private void certify(String id, Rut rut, Instant validUntil) {
        projection.on(new OfficialEnrolledEvent(id, "p", "P", 1, REQ, rut, "X", CommuneCode.of("13119"), "c",
                LocalDate.of(2026, 3, 2), T), 0);
        projection.on(new OfficialCertifiedEvent(id, new IssuedCertificate("urn:uuid:" + id, "l", 0, rut, "X",
                CommuneCode.of("13119"), "p", "P", 1, T, validUntil), T), 3);
    }

    @Test
    void onlyCertifiedCertificatesAtOrPastTheirValidUntilAreDue_oldestFirst() {
        Instant due = Instant.parse("2027-03-02T13:00:00Z");
        certify("a", Rut.of("11111111-1"), due);
        certify("b", Rut.of("12345678-5"), due.minusSeconds(60));
        certify("c", Rut.of("22222222-2"), due.plusSeconds(1));
        certify("d", Rut.of("33333333-3"), due.minusSeconds(10));
        projection.on(new CertificateRevokedEvent("d", "urn:uuid:d", "l", 0, "x", "admin", T), 4);
        certify("e", Rut.of("44444444-4"), due.minusSeconds(30));
        projection.on(new CertificateExpiredEvent("e", "urn:uuid:e", due.minusSeconds(30), due), 4);

        assertThat(projection.handle(new FindCertificatesDueForExpiryQuery(due, 10)).certificationIds())
                .containsExactly("b", "a");
        assertThat(projection.handle(new FindCertificatesDueForExpiryQuery(due, 1)).certificationIds())
                .containsExactly("b");
    }

    @Test
    void aRenewalMovesValidUntilAndAnEventSeenTwiceChangesNothing() {
        Instant first = Instant.parse("2027-03-02T13:00:00Z");
        Instant second = Instant.parse("2028-03-02T13:00:00Z");
        certify("a", Rut.of("11111111-1"), first);
        CertificateRenewedEvent renewed = new CertificateRenewedEvent("a", "urn:uuid:a", 0, null,
                new IssuedCertificate("urn:uuid:a2", "l", 1, Rut.of("11111111-1"), "X", CommuneCode.of("13119"), "p",
                        "P", 1, first.minusSeconds(86400), second), first.minusSeconds(86400));
        projection.on(renewed, 4);
        projection.on(new OfficialCertifiedEvent("a", new IssuedCertificate("urn:uuid:a", "l", 0,
                Rut.of("11111111-1"), "X", CommuneCode.of("13119"), "p", "P", 1, T, first), T), 3);

        assertThat(projection.handle(new FindCertificatesDueForExpiryQuery(first, 10)).certificationIds()).isEmpty();
        assertThat(projection.handle(new FindCertificatesDueForExpiryQuery(second, 10)).certificationIds())
                .containsExactly("a");
    }
}
