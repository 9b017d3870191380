package cl.redlim.certification.command;

import cl.redlim.certification.api.AllocateStatusListIndexCommand;
import cl.redlim.certification.api.StatusListEntry;
import cl.redlim.certification.api.StatusListIndexAllocatedEvent;
import cl.redlim.kernel.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static cl.redlim.certification.command.CertificationFixtures.*;

class CertificateStatusListTest {

    private FixtureConfiguration<CertificateStatusList> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CertificateStatusList.class);
    }

    private static AllocateStatusListIndexCommand allocate(String credential) {
        return new AllocateStatusListIndexCommand(LIST, CERT, credential, T2);
    }

    private static StatusListIndexAllocatedEvent allocated(long index, String credential) {
        return new StatusListIndexAllocatedEvent(LIST, index, CERT, credential, T2);
    }

    @Test
    void givenNothing_whenAllocate_thenIndexZero() {
        fixture.givenNoPriorActivity().when(allocate("urn:uuid:a")).expectEvents(allocated(0, "urn:uuid:a"))
                .expectResultMessagePayload(new StatusListEntry(LIST, 0));
    }

    @Test
    void givenTwoIndexes_whenAllocate_thenIndexTwo() {
        fixture.given(allocated(0, "urn:uuid:a"), allocated(1, "urn:uuid:b")).when(allocate("urn:uuid:c"))
                .expectEvents(allocated(2, "urn:uuid:c")).expectResultMessagePayload(new StatusListEntry(LIST, 2));
    }

    @Test
    void givenACredentialWithAnIndex_whenAllocateForItAgain_thenRefused() {
        refused(fixture.given(allocated(0, "urn:uuid:a")).when(allocate("urn:uuid:a")), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void givenTheLastIndexTaken_whenAllocate_thenFull() {
        refused(fixture.given(allocated(131_071, "urn:uuid:z")).when(allocate("urn:uuid:a")),
                ErrorCode.STATUS_LIST_FULL);
    }
}
