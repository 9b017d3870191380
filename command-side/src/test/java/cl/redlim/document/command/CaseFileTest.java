package cl.redlim.document.command;

import cl.redlim.document.api.*;
import cl.redlim.kernel.CommuneCode;
import cl.redlim.kernel.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cl.redlim.document.command.DocumentFixtures.*;

class CaseFileTest {

    private static final String CF = "cf-1";
    private static final CaseFileParty MAIPU_PARTY = new CaseFileParty(CaseFileParty.Kind.MUNICIPALITY, "13119");
    private static final CaseFileParty GORE = new CaseFileParty(CaseFileParty.Kind.PRINCIPAL, "gore-rm");
    private FixtureConfiguration<CaseFile> fixture;
    private final Map<String, DocumentSnapshot> documents = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseFile.class);
        fixture.registerInjectableResource(communes());
        fixture.registerInjectableResource((Documents) id -> Optional.ofNullable(documents.get(id)));
        documents.put(DOC, new DocumentSnapshot(DOC, MAIPU, DocumentType.DECREE, "Aprueba bases",
                DocumentClassification.PUBLIC, List.of(V1)));
        documents.put("other", new DocumentSnapshot("other", CommuneCode.of("13122"), DocumentType.DECREE, "Otro",
                DocumentClassification.PUBLIC, List.of(V1)));
    }

    private static CaseFileOpenedEvent opened() {
        return new CaseFileOpenedEvent(CF, MAIPU, "Licitación luminarias", null, List.of(MAIPU_PARTY, GORE), T0);
    }

    @Test
    void givenNothing_whenOpen_thenTheMunicipalityIsAPartyWithThoseListed() {
        fixture.givenNoPriorActivity()
                .when(new OpenCaseFileCommand(CF, MAIPU, "Licitación luminarias", " ", List.of(GORE), T0), maipu())
                .expectEvents(opened());
    }

    @Test
    void whenOpenForAnotherMunicipality_thenForbidden() {
        refused(fixture.givenNoPriorActivity()
                .when(new OpenCaseFileCommand(CF, MAIPU, "x", null, List.of(), T0), penalolen()), ErrorCode.FORBIDDEN);
    }

    @Test
    void whenAPartyMunicipalityIsNotACut_thenRefused() {
        refused(fixture.givenNoPriorActivity().when(new OpenCaseFileCommand(CF, MAIPU, "x", null,
                List.of(new CaseFileParty(CaseFileParty.Kind.MUNICIPALITY, "Maipú")), T0), maipu()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void givenOpen_whenEntries_thenNumberedInOrder() {
        fixture.given(opened(), new CaseFileDocumentAddedEvent(CF, 1, DOC, T1))
                .when(new RecordCaseFileActionCommand(CF, "Notificación", "Al proveedor", T2), maipu())
                .expectEvents(new CaseFileActionRecordedEvent(CF, 2, "Notificación", "Al proveedor", T2));
    }

    @Test
    void givenOpen_whenAddDocument_thenEntryOne() {
        fixture.given(opened()).when(new AddDocumentToCaseFileCommand(CF, DOC, T1), maipu())
                .expectEvents(new CaseFileDocumentAddedEvent(CF, 1, DOC, T1));
    }

    @Test
    void whenUnknownDocument_thenRefused() {
        refused(fixture.given(opened()).when(new AddDocumentToCaseFileCommand(CF, "nope", T1), maipu()),
                ErrorCode.UNKNOWN_DOCUMENT);
    }

    @Test
    void whenAnotherMunicipalitysDocument_thenRefused() {
        refused(fixture.given(opened()).when(new AddDocumentToCaseFileCommand(CF, "other", T1), maipu()),
                ErrorCode.CASE_FILE_MUNICIPALITY_MISMATCH);
    }

    @Test
    void givenDocumentIn_whenAddedAgain_thenRefused() {
        refused(fixture.given(opened(), new CaseFileDocumentAddedEvent(CF, 1, DOC, T1))
                .when(new AddDocumentToCaseFileCommand(CF, DOC, T2), maipu()), ErrorCode.DOCUMENT_ALREADY_IN_CASE_FILE);
    }

    @Test
    void givenOpen_whenAddParty_thenPartyAdded() {
        CaseFileParty lampa = new CaseFileParty(CaseFileParty.Kind.MUNICIPALITY, "13302");
        fixture.given(opened()).when(new AddCaseFilePartyCommand(CF, lampa, T1), maipu())
                .expectEvents(new CaseFilePartyAddedEvent(CF, 1, lampa, T1));
    }

    @Test
    void givenClosed_whenAnyEntry_thenRefused() {
        refused(fixture.given(opened(), new CaseFileClosedEvent(CF, 1, "Terminado", T1))
                .when(new RecordCaseFileActionCommand(CF, "Tarde", null, T2), maipu()), ErrorCode.CASE_FILE_CLOSED);
    }

    @Test
    void givenOpen_whenClose_thenClosedAsTheLastEntry() {
        fixture.given(opened(), new CaseFileDocumentAddedEvent(CF, 1, DOC, T1))
                .when(new CloseCaseFileCommand(CF, "Terminado", T2), maipu())
                .expectEvents(new CaseFileClosedEvent(CF, 2, "Terminado", T2));
    }
}
