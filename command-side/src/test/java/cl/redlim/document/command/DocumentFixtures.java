package cl.redlim.document.command;

import cl.redlim.access.api.Actor;
import cl.redlim.access.api.Role;
import cl.redlim.document.api.*;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.CommuneRegistry;
import cl.redlim.territory.api.Rurality;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The histories, fakes and callers the document tests share. */
final class DocumentFixtures {

    static final String DOC = "doc-1";
    static final CommuneCode MAIPU = CommuneCode.of("13119");
    static final String SHA1 = "a".repeat(64);
    static final String SHA2 = "b".repeat(64);
    static final DocumentContent V1 = new DocumentContent(SHA1, 1000, "application/pdf", "decreto.pdf");
    static final DocumentContent V2 = new DocumentContent(SHA2, 1200, "application/pdf", "decreto-v2.pdf");
    static final Instant T0 = Instant.parse("2026-03-02T13:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-03T13:00:00Z");
    static final Instant T2 = Instant.parse("2026-03-04T13:00:00Z");
    static final Instant T3 = Instant.parse("2026-03-05T13:00:00Z");

    private DocumentFixtures() {
    }

    static Map<String, String> maipu(String principal) {
        return new Actor(principal, Role.INTEGRATOR, "Municipalidad de Maipú", Set.of("13119"), Set.of()).toMetaData();
    }

    static Map<String, String> maipu() {
        return maipu("secretaria.maipu");
    }

    static Map<String, String> penalolen() {
        return new Actor("penalolen", Role.INTEGRATOR, "Municipalidad de Peñalolén", Set.of("13122"), Set.of())
                .toMetaData();
    }

    static CommuneRegistry communes() {
        return cut -> cut.equals(MAIPU) ? Optional.of(new CommuneRegistry.CommuneProfile(MAIPU, "Maipú",
                CommuneGroup.GROUP_2, Rurality.PREDOMINANTLY_URBAN)) : Optional.empty();
    }

    static LoadDocumentCommand load(DocumentClassification classification, ReservationGround ground) {
        return new LoadDocumentCommand(DOC, MAIPU, DocumentType.DECREE, "Aprueba bases", "Secretaría Municipal",
                classification, ground, null, DocumentLinks.NONE, V1, T0);
    }

    static DocumentLoadedEvent loaded() {
        return new DocumentLoadedEvent(DOC, MAIPU, DocumentType.DECREE, "Aprueba bases", "Secretaría Municipal",
                DocumentClassification.PUBLIC, null, null, DocumentLinks.NONE, V1, T0);
    }

    static DocumentReviewedEvent reviewed(int version) {
        return new DocumentReviewedEvent(DOC, version, "secretaria.maipu", "Ana Rojas", null, T1);
    }

    static DocumentSignedEvent signed(int version, String signer) {
        return new DocumentSignedEvent(DOC, version, signer, "Tomás", "Alcalde", "Ed25519", "pk", "data", "sig", T2);
    }

    static DocumentNumberedEvent numbered(int version, long number) {
        return new DocumentNumberedEvent(DOC, version, 2026, number, T3);
    }

    /** The refusal expected: a DomainException with this code, and (checked by the caller) no events. */
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

    /** A content store holding the hashes given. */
    static final class FakeContents implements ContentStore {
        final Set<String> stored = new HashSet<>();

        FakeContents with(String... hashes) {
            stored.addAll(Set.of(hashes));
            return this;
        }

        @Override
        public Stored put(InputStream content) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean contains(String sha256) {
            return stored.contains(sha256);
        }

        @Override
        public long size(String sha256) {
            return stored.contains(sha256) ? 1 : -1;
        }

        @Override
        public Optional<InputStream> open(String sha256) throws IOException {
            return stored.contains(sha256) ? Optional.of(new ByteArrayInputStream(new byte[1])) : Optional.empty();
        }
    }

    /** Numbers 1, 2, 3, … per numbering id, as the numbering aggregate would. */
    static final class FakeNumbers implements DocumentNumbers {
        final Map<String, Long> last = new HashMap<>();

        @Override
        public long allocate(AllocateDocumentNumberCommand command) {
            return last.merge(command.numberingId(), 1L, Long::sum);
        }
    }

    /** A key vault in memory. */
    static final class MemoryVault implements SignerKeyVault {
        final Map<String, String> keys = new HashMap<>();

        @Override
        public Optional<String> find(String signer) {
            return Optional.ofNullable(keys.get(signer));
        }

        @Override
        public String putIfAbsent(String signer, String encodedKeyPair) {
            return keys.computeIfAbsent(signer, s -> encodedKeyPair);
        }
    }
}
