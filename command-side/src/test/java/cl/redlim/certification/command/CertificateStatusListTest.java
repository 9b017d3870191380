package cl.redlim.certification.command;

import cl.redlim.certification.api.AllocateStatusListIndexCommand;
import cl.redlim.certification.api.StatusListEntry;
import cl.redlim.certification.api.StatusListId;
import cl.redlim.certification.api.StatusListIndexAllocatedEvent;
import cl.redlim.kernel.ErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;
import static cl.redlim.certification.command.CertificationFixtures.*;

class CertificateStatusListTest {

    private FixtureConfiguration<CertificateStatusList> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CertificateStatusList.class);
        fixture.registerInjectableResource(StatusListIndexChooser.LOWEST_FREE);
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
    void givenAHoleBelowATakenIndex_whenAllocate_thenTheHoleIsTakenNotADuplicate() {
        fixture.given(allocated(5, "urn:uuid:a"), allocated(0, "urn:uuid:b")).when(allocate("urn:uuid:c"))
                .expectEvents(allocated(1, "urn:uuid:c"));
    }

    @Test
    void givenEveryIndexTaken_whenAllocate_thenFull() {
        Object[] all = new Object[StatusListId.CAPACITY];
        for (int i = 0; i < all.length; i++) {
            all[i] = allocated(i, "urn:uuid:" + i);
        }
        refused(fixture.given(all).when(allocate("urn:uuid:a")), ErrorCode.STATUS_LIST_FULL);
    }

    @Test
    void randomIndexesAreFreeAndInTheList() {
        RandomStatusListIndexes random = new RandomStatusListIndexes();
        BitSet taken = new BitSet();
        for (int i = 0; i < 5_000; i++) {
            long index = random.choose(taken, StatusListId.CAPACITY);
            assertThat(index).isBetween(0L, StatusListId.CAPACITY - 1L);
            assertThat(taken.get((int) index)).isFalse();
            taken.set((int) index);
        }
        BitSet almostFull = new BitSet();
        almostFull.set(0, 100);
        almostFull.set(101, 1000);
        assertThat(random.choose(almostFull, 1000)).isEqualTo(100L);
    }
}
