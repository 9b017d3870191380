package cl.redlim.document.query;

import cl.redlim.access.api.Actor;
import cl.redlim.access.api.Role;
import cl.redlim.document.api.*;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.DomainException;
import cl.redlim.readmodel.InMemoryMongo;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentProjectionTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private static final CommuneCode MAIPU = CommuneCode.of("13119");
    private static final String SHA = "c".repeat(64);
    private static final String OTHER_SHA = "d".repeat(64);
    private static final Instant T = Instant.parse("2026-04-01T12:00:00Z");

    private MongoDatabase db;
    private DocumentProjection projection;
    private DocumentQueries queries;

    @BeforeEach
    void setUp() {
        db = mongo.freshDatabase();
        projection = new DocumentProjection(db);
        queries = new DocumentQueries(db);
    }

    private static DocumentLoadedEvent loaded(String id, DocumentClassification classification, String title) {
        return new DocumentLoadedEvent(id, MAIPU, DocumentType.RESOLUTION, title, "Fiscal Instructor",
                classification, classification == DocumentClassification.RESERVED
                ? ReservationGround.RIGHTS_OF_PERSONS : null,
                classification == DocumentClassification.RESERVED ? "Datos sensibles de funcionarios" : null,
                DocumentLinks.NONE, new DocumentContent(SHA, 10, "application/pdf", "r.pdf"), T);
    }

    @Test
    void aReservedDocumentsTitleAuthorAndReasonAreNeverWrittenAndItIsNotListed() {
        String title = "Sumario por acoso laboral en Dirección de Obras";
        projection.on(loaded("r1", DocumentClassification.RESERVED, title), 0);
        projection.on(loaded("p1", DocumentClassification.PUBLIC, "Aprueba plan anual"), 0);

        Document reserved = db.getCollection(DocumentProjection.COLLECTION)
                .find(com.mongodb.client.model.Filters.eq("_id", "r1")).first();
        assertThat(reserved.toJson()).doesNotContain(title).doesNotContain("Fiscal Instructor")
                .doesNotContain("Datos sensibles").doesNotContain("r.pdf").contains("RIGHTS_OF_PERSONS");
        PublishedDocumentPageView page = queries.handle(new FindPublishedDocumentsQuery(null, null, null, 0, 20));
        assertThat(page.items()).extracting(PublishedDocumentView::documentId).containsExactly("p1");
        assertThat(page.total()).isEqualTo(1);
        assertThatThrownBy(() -> queries.handle(new FindPublishedDocumentQuery("r1")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void verificationFindsEveryVersionWithTheHashAndChecksEachSignatureAgainstItsPublicKey() throws Exception {
        projection.on(loaded("p1", DocumentClassification.PUBLIC, "Aprueba plan anual"), 0);
        projection.on(new DocumentReviewedEvent("p1", 1, "ana", "Ana Rojas", null, T), 1);
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        projection.on(signed(keys, SignedData.of(SHA, "p1", 1, "alcalde", T)), 2);
        // a forged signature: signed data naming another hash
        projection.on(signed(keys, SignedData.of(OTHER_SHA, "p1", 1, "intruso", T)), 3);
        projection.on(new DocumentNumberedEvent("p1", 1, 2026, 12, T), 4);

        DocumentVerificationView view = queries.handle(new VerifyDocumentContentQuery(SHA, 10));
        assertThat(view.registered()).isTrue();
        VerificationMatch match = view.matches().get(0);
        assertThat(match.number()).isEqualTo(12L);
        assertThat(match.signatures()).extracting(SignatureView::valid).containsExactly(true, false);
        assertThat(match.allSignaturesValid()).isFalse();
        assertThat(queries.handle(new VerifyDocumentContentQuery(OTHER_SHA, 10)).registered()).isFalse();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        projection.on(loaded("p1", DocumentClassification.PUBLIC, "Aprueba plan anual"), 0);
        DocumentDistributedEvent distributed = new DocumentDistributedEvent("p1", 1,
                List.of(new Recipient("Concejo", "concejo@maipu.cl")), T);
        projection.on(distributed, 1);
        projection.on(distributed, 1);
        Document d = db.getCollection(DocumentProjection.COLLECTION).find().first();
        assertThat(d.getList("versions", Document.class).get(0).getInteger("recipientCount")).isEqualTo(1);
        assertThat(d.toJson()).doesNotContain("concejo@maipu.cl");
    }

    @Test
    void aCaseFileIsShownOnlyToItsParties() {
        CaseFileProjection caseFiles = new CaseFileProjection(db);
        caseFiles.on(new CaseFileOpenedEvent("cf", MAIPU, "Expediente", null, List.of(
                new CaseFileParty(CaseFileParty.Kind.MUNICIPALITY, "13119"),
                new CaseFileParty(CaseFileParty.Kind.PRINCIPAL, "gore-rm")), T), 0);
        caseFiles.on(new CaseFileActionRecordedEvent("cf", 1, "Notificación", null, T), 1, "secretaria");
        Actor maipu = new Actor("m", Role.INTEGRATOR, "Maipú", Set.of("13119"), Set.of());
        Actor region = new Actor("rm", Role.INTEGRATOR, "RM", Set.of(), Set.of("13"));
        Actor penalolen = new Actor("p", Role.INTEGRATOR, "Peñalolén", Set.of("13122"), Set.of());
        Actor gore = new Actor("gore-rm", Role.FUND_OFFICER, "GORE", Set.of(), Set.of());
        Actor officer = new Actor("office", Role.FUND_OFFICER, "FIM", Set.of(), Set.of());
        Actor auditor = new Actor("cgr", Role.AUDITOR, "CGR", Set.of(), Set.of());
        for (Actor party : List.of(maipu, region, gore, auditor)) {
            assertThat(caseFiles.handle(new FindCaseFileQuery("cf", party)).entries()).hasSize(1);
        }
        for (Actor stranger : List.of(penalolen, officer)) {
            assertThatThrownBy(() -> caseFiles.handle(new FindCaseFileQuery("cf", stranger)))
                    .isInstanceOf(DomainException.class);
        }
    }

    private static DocumentSignedEvent signed(KeyPair keys, String data) throws Exception {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(keys.getPrivate());
        signer.update(data.getBytes(StandardCharsets.UTF_8));
        return new DocumentSignedEvent("p1", 1, "alcalde", "Alcalde", "Alcalde", "Ed25519",
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()), data,
                Base64.getEncoder().encodeToString(signer.sign()), T);
    }
}
