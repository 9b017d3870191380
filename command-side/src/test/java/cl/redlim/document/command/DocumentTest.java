package cl.redlim.document.command;

import cl.redlim.document.api.*;
import cl.redlim.kernel.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import static cl.redlim.document.command.DocumentFixtures.*;

class DocumentTest {

    private FixtureConfiguration<Document> fixture;
    private FakeContents contents;
    private FakeNumbers numbers;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Document.class);
        contents = new FakeContents().with(SHA1, SHA2);
        numbers = new FakeNumbers();
        fixture.registerInjectableResource(communes());
        fixture.registerInjectableResource(contents);
        fixture.registerInjectableResource(numbers);
        fixture.registerInjectableResource(new SignerKeys(new MemoryVault()));
    }

    @Nested
    class Load {
        @Test
        void givenNothing_whenLoadPublic_thenLoadedAsVersionOne() {
            fixture.givenNoPriorActivity().when(load(DocumentClassification.PUBLIC, null), maipu())
                    .expectEvents(loaded());
        }

        @Test
        void givenNothing_whenLoadReservedWithGround_thenLoadedWithGroundAndReason() {
            LoadDocumentCommand command = new LoadDocumentCommand(DOC, MAIPU, DocumentType.RESOLUTION, "Sumario",
                    "Fiscalía", DocumentClassification.RESERVED, ReservationGround.RIGHTS_OF_PERSONS, "Datos de salud",
                    DocumentLinks.NONE, V1, T0);
            fixture.givenNoPriorActivity().when(command, maipu()).expectEvents(new DocumentLoadedEvent(DOC, MAIPU,
                    DocumentType.RESOLUTION, "Sumario", "Fiscalía", DocumentClassification.RESERVED,
                    ReservationGround.RIGHTS_OF_PERSONS, "Datos de salud", DocumentLinks.NONE, V1, T0));
        }

        @Test
        void whenReservedWithoutGround_thenRefused() {
            refused(fixture.givenNoPriorActivity().when(load(DocumentClassification.RESERVED, null), maipu()),
                    ErrorCode.RESERVATION_GROUND_REQUIRED);
        }

        @Test
        void whenPublicWithGround_thenRefused() {
            refused(fixture.givenNoPriorActivity().when(load(DocumentClassification.PUBLIC,
                    ReservationGround.NATIONAL_SECURITY), maipu()), ErrorCode.RESERVATION_GROUND_REQUIRED);
        }

        @Test
        void whenContentNotStored_thenRefused() {
            contents.stored.clear();
            refused(fixture.givenNoPriorActivity().when(load(DocumentClassification.PUBLIC, null), maipu()),
                    ErrorCode.CONTENT_NOT_FOUND);
        }

        @Test
        void whenAnotherMunicipalitysIntegrator_thenForbidden() {
            refused(fixture.givenNoPriorActivity().when(load(DocumentClassification.PUBLIC, null), penalolen()),
                    ErrorCode.FORBIDDEN);
        }

        @Test
        void whenUnknownCommune_thenRefused() {
            LoadDocumentCommand command = new LoadDocumentCommand(DOC, cl.redlim.kernel.CommuneCode.of("13199"),
                    DocumentType.DECREE, "T", "A", DocumentClassification.PUBLIC, null, null, null, V1, T0);
            refused(fixture.givenNoPriorActivity().when(command), ErrorCode.UNKNOWN_COMMUNE);
        }
    }

    @Nested
    class Review {
        @Test
        void givenLoaded_whenReview_thenReviewedByTheCaller() {
            fixture.given(loaded()).when(new ReviewDocumentCommand(DOC, 1, "Ana Rojas", null, T1), maipu())
                    .expectEvents(reviewed(1));
        }

        @Test
        void givenReviewed_whenReviewAgain_thenRefused() {
            refused(fixture.given(loaded(), reviewed(1))
                    .when(new ReviewDocumentCommand(DOC, 1, "Ana Rojas", null, T1), maipu()),
                    ErrorCode.DOCUMENT_ALREADY_REVIEWED);
        }

        @Test
        void givenTwoVersions_whenReviewTheOldOne_thenRefused() {
            refused(fixture.given(loaded(), new DocumentVersionAddedEvent(DOC, 2, V2, null, T1))
                    .when(new ReviewDocumentCommand(DOC, 1, "Ana Rojas", null, T1), maipu()),
                    ErrorCode.DOCUMENT_VERSION_NOT_CURRENT);
        }
    }

    @Nested
    class Sign {
        @Test
        void givenLoaded_whenSign_thenRefusedUntilReviewed() {
            refused(fixture.given(loaded()).when(new SignDocumentCommand(DOC, 1, "Tomás", "Alcalde", T2), maipu()),
                    ErrorCode.DOCUMENT_NOT_REVIEWED);
        }

        @Test
        void givenReviewed_whenSign_thenAnEd25519SignatureOverTheContentHashThatVerifies() {
            fixture.given(loaded(), reviewed(1))
                    .when(new SignDocumentCommand(DOC, 1, "Tomás Vodanovic", "Alcalde", T2), maipu("alcalde.maipu"))
                    .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                            new TypeSafeMatcher<DocumentSignedEvent>() {
                                @Override
                                protected boolean matchesSafely(DocumentSignedEvent e) {
                                    return e.signer().equals("alcalde.maipu") && e.version() == 1
                                            && e.signedData().equals(SignedData.of(SHA1, DOC, 1, "alcalde.maipu", T2))
                                            && verifies(e) && !verifies(tampered(e));
                                }

                                @Override
                                public void describeTo(Description description) {
                                    description.appendText("a verifiable signature by alcalde.maipu over " + SHA1);
                                }
                            }, Matchers.andNoMore())));
        }

        @Test
        void givenSignedBySigner_whenTheSameSignerSignsAgain_thenRefused() {
            refused(fixture.given(loaded(), reviewed(1), signed(1, "alcalde.maipu"))
                    .when(new SignDocumentCommand(DOC, 1, "Tomás", "Alcalde", T2), maipu("alcalde.maipu")),
                    ErrorCode.DOCUMENT_ALREADY_SIGNED);
        }

        @Test
        void givenSignedByOne_whenAnotherSigns_thenSignedAgain() {
            fixture.given(loaded(), reviewed(1), signed(1, "alcalde.maipu"))
                    .when(new SignDocumentCommand(DOC, 1, "Ana", "Secretaria Municipal", T2), maipu("secretaria"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void givenNumbered_whenSign_thenRefused() {
            refused(fixture.given(loaded(), reviewed(1), signed(1, "a"), numbered(1, 7))
                    .when(new SignDocumentCommand(DOC, 1, "Tomás", "Alcalde", T3), maipu()),
                    ErrorCode.DOCUMENT_ALREADY_SIGNED);
        }
    }

    @Nested
    class Number {
        @Test
        void givenReviewed_whenNumber_thenRefusedUntilSigned() {
            refused(fixture.given(loaded(), reviewed(1)).when(new NumberDocumentCommand(DOC, 1, T3), maipu()),
                    ErrorCode.DOCUMENT_NOT_SIGNED);
        }

        @Test
        void givenSigned_whenNumber_thenTheNextNumberOfTheMunicipalitysYear() {
            numbers.last.put(DocumentNumberingId.of(MAIPU, 2026), 41L);
            fixture.given(loaded(), reviewed(1), signed(1, "a")).when(new NumberDocumentCommand(DOC, 1, T3), maipu())
                    .expectEvents(numbered(1, 42));
        }

        @Test
        void givenSignedOnNewYearsEveInChile_whenNumber_thenTheChileanYear() {
            // 2027-01-01T02:00Z is still 31 December 2026 in Santiago (UTC-3 in summer)
            fixture.given(loaded(), reviewed(1), signed(1, "a"))
                    .when(new NumberDocumentCommand(DOC, 1, java.time.Instant.parse("2027-01-01T02:00:00Z")), maipu())
                    .expectEvents(new DocumentNumberedEvent(DOC, 1, 2026, 1,
                            java.time.Instant.parse("2027-01-01T02:00:00Z")));
        }

        @Test
        void givenNumbered_whenNumberAgain_thenRefused() {
            refused(fixture.given(loaded(), reviewed(1), signed(1, "a"), numbered(1, 1))
                    .when(new NumberDocumentCommand(DOC, 1, T3), maipu()), ErrorCode.DOCUMENT_ALREADY_NUMBERED);
        }
    }

    @Nested
    class Distribute {
        private final List<Recipient> council = List.of(new Recipient("Concejo Municipal", "concejo@maipu.cl"));

        @Test
        void givenSigned_whenDistribute_thenRefusedUntilNumbered() {
            refused(fixture.given(loaded(), reviewed(1), signed(1, "a"))
                    .when(new DistributeDocumentCommand(DOC, 1, council, T3), maipu()), ErrorCode.DOCUMENT_NOT_NUMBERED);
        }

        @Test
        void givenNumbered_whenDistribute_thenDistributed() {
            fixture.given(loaded(), reviewed(1), signed(1, "a"), numbered(1, 1))
                    .when(new DistributeDocumentCommand(DOC, 1, council, T3), maipu())
                    .expectEvents(new DocumentDistributedEvent(DOC, 1, council, T3));
        }

        @Test
        void givenNumbered_whenDistributeToNobody_thenRefused() {
            refused(fixture.given(loaded(), reviewed(1), signed(1, "a"), numbered(1, 1))
                    .when(new DistributeDocumentCommand(DOC, 1, List.of(), T3), maipu()), ErrorCode.VALIDATION_FAILED);
        }
    }

    @Nested
    class NewVersion {
        @Test
        void givenDistributed_whenNewVersion_thenVersionTwoStartsTheCycleAgain() {
            fixture.given(loaded(), reviewed(1), signed(1, "a"), numbered(1, 1),
                            new DocumentDistributedEvent(DOC, 1, List.of(new Recipient("C", "c@x.cl")), T3))
                    .when(new AddDocumentVersionCommand(DOC, V2, "Rectifica", T3), maipu())
                    .expectEvents(new DocumentVersionAddedEvent(DOC, 2, V2, "Rectifica", T3));
        }

        @Test
        void givenVersionTwo_whenSign_thenRefusedUntilVersionTwoIsReviewed() {
            refused(fixture.given(loaded(), reviewed(1), new DocumentVersionAddedEvent(DOC, 2, V2, null, T1))
                    .when(new SignDocumentCommand(DOC, 2, "Tomás", "Alcalde", T2), maipu()),
                    ErrorCode.DOCUMENT_NOT_REVIEWED);
        }

        @Test
        void whenTheSameContentAgain_thenRefused() {
            refused(fixture.given(loaded()).when(new AddDocumentVersionCommand(DOC, V1, null, T1), maipu()),
                    ErrorCode.VALIDATION_FAILED);
        }
    }

    @Nested
    class Archive {
        @Test
        void givenLoaded_whenArchive_thenArchived() {
            fixture.given(loaded()).when(new ArchiveDocumentCommand(DOC, "Sin efecto", T1), maipu())
                    .expectEvents(new DocumentArchivedEvent(DOC, "Sin efecto", T1));
        }

        @Test
        void givenArchived_whenAnyStep_thenRefused() {
            refused(fixture.given(loaded(), new DocumentArchivedEvent(DOC, "Sin efecto", T1))
                    .when(new ReviewDocumentCommand(DOC, 1, "Ana", null, T2), maipu()), ErrorCode.DOCUMENT_ARCHIVED);
            refused(fixture.given(loaded(), new DocumentArchivedEvent(DOC, "Sin efecto", T1))
                    .when(new AddDocumentVersionCommand(DOC, V2, null, T2), maipu()), ErrorCode.DOCUMENT_ARCHIVED);
        }

        @Test
        void whenAnotherMunicipalityArchives_thenForbidden() {
            refused(fixture.given(loaded()).when(new ArchiveDocumentCommand(DOC, "x", T1), penalolen()),
                    ErrorCode.FORBIDDEN);
        }
    }

    private static DocumentSignedEvent tampered(DocumentSignedEvent e) {
        return new DocumentSignedEvent(e.documentId(), e.version(), e.signer(), e.signerName(), e.signerPosition(),
                e.algorithm(), e.publicKey(), SignedData.of(SHA2, DOC, 1, e.signer(), e.signedAt()), e.signature(),
                e.signedAt());
    }

    private static boolean verifies(DocumentSignedEvent e) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(e.publicKey()))));
            verifier.update(e.signedData().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(e.signature()));
        } catch (Exception ex) {
            return false;
        }
    }
}
