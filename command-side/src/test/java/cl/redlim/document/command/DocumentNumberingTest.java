package cl.redlim.document.command;

import cl.redlim.document.api.AllocateDocumentNumberCommand;
import cl.redlim.document.api.DocumentNumberAllocatedEvent;
import cl.redlim.document.api.DocumentNumberingId;
import cl.redlim.kernel.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static cl.redlim.document.command.DocumentFixtures.*;

class DocumentNumberingTest {

    private static final String ID = DocumentNumberingId.of(MAIPU, 2026);
    private FixtureConfiguration<DocumentNumbering> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DocumentNumbering.class);
    }

    private static AllocateDocumentNumberCommand allocate(String document) {
        return new AllocateDocumentNumberCommand(ID, MAIPU, 2026, document, 1, T3);
    }

    private static DocumentNumberAllocatedEvent allocated(long number, String document) {
        return new DocumentNumberAllocatedEvent(ID, MAIPU, 2026, number, document, 1, T3);
    }

    @Test
    void givenNoNumberThisYear_whenAllocate_thenNumberOne() {
        fixture.givenNoPriorActivity().when(allocate("d1")).expectEvents(allocated(1, "d1")).expectResultMessagePayload(1L);
    }

    @Test
    void givenTwoNumbers_whenAllocate_thenNumberThree() {
        fixture.given(allocated(1, "d1"), allocated(2, "d2")).when(allocate("d3"))
                .expectEvents(allocated(3, "d3")).expectResultMessagePayload(3L);
    }

    @Test
    void givenVersionNumbered_whenAllocateForItAgain_thenRefused() {
        refused(fixture.given(allocated(1, "d1")).when(allocate("d1")), ErrorCode.DOCUMENT_ALREADY_NUMBERED);
    }

    @Test
    void theNumberingIdNamesTheMunicipalityAndYear() {
        org.assertj.core.api.Assertions.assertThat(ID).isEqualTo("document-numbering:13119:2026");
    }
}
