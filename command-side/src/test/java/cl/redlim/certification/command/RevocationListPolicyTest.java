package cl.redlim.certification.command;

import cl.redlim.certification.api.CertificateRevokedEvent;
import cl.redlim.certification.credential.CredentialIssuer;
import cl.redlim.certification.credential.RevocationList;
import cl.redlim.certification.credential.StatusListRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.BitSet;

import static cl.redlim.certification.command.CertificationFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class RevocationListPolicyTest {

    /** The registry in memory. */
    static final class MemoryRegistry implements StatusListRegistry {
        final BitSet bits = new BitSet();

        @Override
        public void revoke(int index) {
            bits.set(index);
        }

        @Override
        public BitSet revoked() {
            return (BitSet) bits.clone();
        }
    }

    private static CertificateRevokedEvent revoked(String list, long index) {
        return new CertificateRevokedEvent(CERT, "urn:uuid:x", list, index, "Fraude en la evaluación", "admin",
                Instant.parse("2027-01-01T12:00:00Z"));
    }

    @Test
    void aRevocationSetsItsBitAndAReplayChangesNothing() {
        MemoryRegistry registry = new MemoryRegistry();
        CredentialIssuer issuer = testIssuer();
        RevocationListPolicy policy = new RevocationListPolicy(new RevocationList(registry, issuer, TEST_LINKS,
                Clock.systemUTC()));
        policy.on(revoked(LIST, 94_567));
        policy.on(revoked(LIST, 94_567));
        policy.on(revoked(LIST, 3));
        BitSet expected = new BitSet();
        expected.set(3);
        expected.set(94_567);
        assertThat(registry.bits).isEqualTo(expected);
    }

    @Test
    void aRevocationInAListThatIsNotPublishedSetsNothing() {
        MemoryRegistry registry = new MemoryRegistry();
        new RevocationListPolicy(new RevocationList(registry, testIssuer(), TEST_LINKS, Clock.systemUTC()))
                .on(revoked("certificate-status-list:2", 5));
        assertThat(registry.bits.isEmpty()).isTrue();
    }
}
