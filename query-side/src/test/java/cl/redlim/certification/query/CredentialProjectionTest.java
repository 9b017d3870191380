package cl.redlim.certification.query;

import cl.redlim.certification.api.*;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.Rut;
import cl.redlim.readmodel.InMemoryMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialProjectionTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private static final Instant T = Instant.parse("2026-03-02T13:00:00Z");
    private static final Instant UNTIL = Instant.parse("2028-03-02T13:00:00Z");
    private static final String FIRST = "urn:uuid:6f1c0c6e-4d3a-4a8e-9d53-2f7a1c1b2a01";
    private static final String SECOND = "urn:uuid:6f1c0c6e-4d3a-4a8e-9d53-2f7a1c1b2a02";

    private CredentialProjection projection;

    @BeforeEach
    void setUp() {
        projection = new CredentialProjection(mongo.freshDatabase());
    }

    private static IssuedCertificate certificate(String id, Instant from, Instant until) {
        return new IssuedCertificate(id, StatusListId.of("1"), 94_567, Rut.of("12345678-5"), "Ana Rojas",
                CommuneCode.of("13119"), "p", "P", 1, from, until);
    }

    @Test
    void aCertifiedAndARenewedCredentialAreFoundByIdWithTheirJwt() {
        projection.on(new OfficialCertifiedEvent("c", certificate(FIRST, T, UNTIL), T.minusSeconds(86_400),
                "jwt-one"));
        projection.on(new CertificateRenewedEvent("c", FIRST, 8, "Curso", certificate(SECOND, UNTIL,
                UNTIL.plusSeconds(86_400 * 365L)), UNTIL, "jwt-two"));
        assertThat(projection.handle(new FindCredentialQuery(FIRST)))
                .contains(new CredentialView(FIRST, "c", "jwt-one", T, UNTIL));
        assertThat(projection.handle(new FindCredentialQuery(SECOND.substring("urn:uuid:".length()))).orElseThrow()
                .jwt()).isEqualTo("jwt-two");
    }

    @Test
    void aReplayWritesTheSameCredentialOnceAndUnknownIdsAreEmpty() {
        OfficialCertifiedEvent event = new OfficialCertifiedEvent("c", certificate(FIRST, T, UNTIL), T, "jwt-one");
        projection.on(event);
        projection.on(event);
        assertThat(projection.handle(new FindCredentialQuery(FIRST))).isPresent();
        assertThat(projection.handle(new FindCredentialQuery("urn:uuid:00000000-0000-0000-0000-000000000000")))
                .isEmpty();
        assertThat(projection.handle(new FindCredentialQuery("not-a-credential"))).isEmpty();
    }
}
