package cl.redlim.fund.command;

import cl.redlim.fund.api.AllocateFundCallBudgetCommand;
import cl.redlim.fund.api.AmendFundCallCommand;
import cl.redlim.fund.api.CloseFundCallCommand;
import cl.redlim.fund.api.FundCallAmendedEvent;
import cl.redlim.fund.api.FundCallBudgetAllocatedEvent;
import cl.redlim.fund.api.FundCallClosedEvent;
import cl.redlim.fund.api.FundCallPublishedEvent;
import cl.redlim.fund.api.FundCallTerms;
import cl.redlim.fund.api.GroupCap;
import cl.redlim.fund.api.PublishFundCallCommand;
import cl.redlim.fund.api.ScoringCriterion;
import cl.redlim.kernel.Clp;
import cl.redlim.territory.api.CommuneGroup;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static cl.redlim.fund.command.CallTerms.*;
import static cl.redlim.kernel.ErrorCode.*;
import static cl.redlim.territory.api.CommuneGroup.*;
import static cl.redlim.testsupport.Refusals.refusedWith;

class FundCallTest {

    private static final String CALL = "call-2025";
    private static final Instant BEFORE_OPENING = Instant.parse("2025-03-20T12:00:00Z");

    private FixtureConfiguration<FundCall> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FundCall.class);
    }

    private static FundCallPublishedEvent published() {
        return new FundCallPublishedEvent(CALL, standard(), PUBLISHED_AT);
    }

    private static FundCallBudgetAllocatedEvent allocated(String application, CommuneGroup group, long amount) {
        return new FundCallBudgetAllocatedEvent(CALL, application, group, Clp.of(amount), AFTER_CLOSING);
    }

    private static AllocateFundCallBudgetCommand allocate(String application, CommuneGroup group, long amount) {
        return new AllocateFundCallBudgetCommand(CALL, application, group, Clp.of(amount), AFTER_CLOSING);
    }

    @Nested
    class Publish {

        private void assertTermsRefused(FundCallTerms terms) {
            refusedWith(fixture.givenNoPriorActivity().when(new PublishFundCallCommand(CALL, terms, PUBLISHED_AT)),
                    INVALID_FUND_CALL_TERMS);
        }

        @Test
        void givenNothing_whenPublishCoherentTerms_thenPublished() {
            fixture.givenNoPriorActivity()
                    .when(new PublishFundCallCommand(CALL, standard(), PUBLISHED_AT))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new FundCallPublishedEvent(CALL, standard(), PUBLISHED_AT));
        }

        @Test
        void givenNothing_whenPublishWithCapEqualToBudget_thenPublished() {
            FundCallTerms terms = terms().cap(GROUP_5, TOTAL_BUDGET.amount()).build();

            fixture.givenNoPriorActivity()
                    .when(new PublishFundCallCommand(CALL, terms, PUBLISHED_AT))
                    .expectEvents(new FundCallPublishedEvent(CALL, terms, PUBLISHED_AT));
        }

        @Test
        void givenNothing_whenPublishWithoutTitle_thenRefused() {
            assertTermsRefused(terms().title(" ").build());
        }

        @Test
        void givenNothing_whenPublishWithZeroBudget_thenRefused() {
            assertTermsRefused(terms().totalBudget(0).caps(
                    new GroupCap(GROUP_1, Clp.ZERO), new GroupCap(GROUP_2, Clp.ZERO), new GroupCap(GROUP_3, Clp.ZERO),
                    new GroupCap(GROUP_4, Clp.ZERO), new GroupCap(GROUP_5, Clp.ZERO)).build());
        }

        @Test
        void givenNothing_whenPublishWithAGroupCapMissing_thenRefused() {
            assertTermsRefused(terms().caps(
                    new GroupCap(GROUP_1, Clp.of(1)), new GroupCap(GROUP_2, Clp.of(1)), new GroupCap(GROUP_3, Clp.of(1)),
                    new GroupCap(GROUP_4, Clp.of(1))).build());
        }

        @Test
        void givenNothing_whenPublishWithAGroupCappedTwice_thenRefused() {
            assertTermsRefused(terms().caps(
                    new GroupCap(GROUP_1, Clp.of(1)), new GroupCap(GROUP_2, Clp.of(1)), new GroupCap(GROUP_3, Clp.of(1)),
                    new GroupCap(GROUP_4, Clp.of(1)), new GroupCap(GROUP_5, Clp.of(1)),
                    new GroupCap(GROUP_5, Clp.of(2))).build());
        }

        @Test
        void givenNothing_whenPublishWithCapAboveBudget_thenRefused() {
            assertTermsRefused(terms().cap(GROUP_3, TOTAL_BUDGET.amount() + 1).build());
        }

        @Test
        void givenNothing_whenPublishOpeningAfterClosing_thenRefused() {
            assertTermsRefused(terms().window(CLOSES_AT, OPENS_AT).build());
        }

        @Test
        void givenNothing_whenPublishOpeningWhenClosing_thenRefused() {
            assertTermsRefused(terms().window(OPENS_AT, OPENS_AT).build());
        }

        @Test
        void givenNothing_whenPublishClosingInThePast_thenRefused() {
            assertTermsRefused(terms().window(PUBLISHED_AT.minusSeconds(7200), PUBLISHED_AT.minusSeconds(3600)).build());
        }

        @Test
        void givenNothing_whenPublishClosingAtThePublishingInstant_thenRefused() {
            assertTermsRefused(terms().window(PUBLISHED_AT.minusSeconds(3600), PUBLISHED_AT).build());
        }

        @Test
        void givenNothing_whenPublishWithoutCriteria_thenRefused() {
            assertTermsRefused(terms().criteria().build());
        }

        @Test
        void givenNothing_whenPublishWithWeightsNotSummingHundred_thenRefused() {
            assertTermsRefused(terms().criteria(new ScoringCriterion("impact", "Impacto", 60),
                    new ScoringCriterion("feasibility", "Factibilidad", 39)).build());
        }

        @Test
        void givenNothing_whenPublishWithDuplicateCriterionIds_thenRefused() {
            assertTermsRefused(terms().criteria(new ScoringCriterion("impact", "Impacto", 50),
                    new ScoringCriterion("impact", "Impacto otra vez", 50)).build());
        }

        @Test
        void givenNothing_whenPublishWithAZeroWeight_thenRefused() {
            assertTermsRefused(terms().criteria(new ScoringCriterion("impact", "Impacto", 100),
                    new ScoringCriterion("feasibility", "Factibilidad", 0)).build());
        }

        @Test
        void givenNothing_whenPublishWithMinimumScoreBelowZero_thenRefused() {
            assertTermsRefused(terms().minimumScore(-1).build());
        }

        @Test
        void givenNothing_whenPublishWithMinimumScoreAboveHundred_thenRefused() {
            assertTermsRefused(terms().minimumScore(101).build());
        }

        @Test
        void givenNothing_whenPublishWithMinimumScoreHundred_thenPublished() {
            FundCallTerms terms = terms().minimumScore(100).build();

            fixture.givenNoPriorActivity()
                    .when(new PublishFundCallCommand(CALL, terms, PUBLISHED_AT))
                    .expectEvents(new FundCallPublishedEvent(CALL, terms, PUBLISHED_AT));
        }
    }

    @Nested
    class Amend {

        private final FundCallTerms amended = terms().totalBudget(120_000_000).minimumScore(70).build();

        @Test
        void givenPublished_whenAmendBeforeOpening_thenAmended() {
            fixture.given(published())
                    .when(new AmendFundCallCommand(CALL, amended, BEFORE_OPENING))
                    .expectEvents(new FundCallAmendedEvent(CALL, amended, BEFORE_OPENING));
        }

        @Test
        void givenPublished_whenAmendAtOpening_thenRefused() {
            refusedWith(fixture.given(published()).when(new AmendFundCallCommand(CALL, amended, OPENS_AT)),
                    INVALID_STATE_TRANSITION);
        }

        @Test
        void givenPublished_whenAmendAfterOpening_thenRefused() {
            refusedWith(fixture.given(published()).when(new AmendFundCallCommand(CALL, amended, IN_WINDOW)),
                    INVALID_STATE_TRANSITION);
        }

        @Test
        void givenAmendedToOpenLater_whenAmendAfterTheFirstOpening_thenAmended() {
            Instant laterOpening = OPENS_AT.plusSeconds(86_400 * 7);
            FundCallTerms postponed = terms().window(laterOpening, CLOSES_AT).build();

            FundCallTerms postponedAgain = terms().window(laterOpening.plusSeconds(86_400), CLOSES_AT).build();

            fixture.given(published(), new FundCallAmendedEvent(CALL, postponed, BEFORE_OPENING))
                    .when(new AmendFundCallCommand(CALL, postponedAgain, OPENS_AT.plusSeconds(3600)))
                    .expectEvents(new FundCallAmendedEvent(CALL, postponedAgain, OPENS_AT.plusSeconds(3600)));
        }

        @Test
        void givenPublished_whenAmendMovesTheOpeningIntoThePast_thenRefused() {
            FundCallTerms alreadyOpen = terms().window(BEFORE_OPENING.minusSeconds(60), CLOSES_AT).build();

            refusedWith(fixture.given(published()).when(new AmendFundCallCommand(CALL, alreadyOpen, BEFORE_OPENING)),
                    INVALID_FUND_CALL_TERMS);
        }

        @Test
        void givenClosed_whenAmendBeforeOpening_thenRefused() {
            refusedWith(fixture.given(published(), new FundCallClosedEvent(CALL, BEFORE_OPENING.minusSeconds(60)))
                    .when(new AmendFundCallCommand(CALL, amended, BEFORE_OPENING)), INVALID_STATE_TRANSITION);
        }

        @Test
        void givenPublished_whenAmendWithIncoherentTerms_thenRefused() {
            FundCallTerms incoherent = terms().cap(GROUP_1, 200_000_000).build();

            refusedWith(fixture.given(published()).when(new AmendFundCallCommand(CALL, incoherent, BEFORE_OPENING)),
                    INVALID_FUND_CALL_TERMS);
        }
    }

    @Nested
    class Close {

        @Test
        void givenPublished_whenClose_thenClosed() {
            fixture.given(published())
                    .when(new CloseFundCallCommand(CALL, IN_WINDOW))
                    .expectEvents(new FundCallClosedEvent(CALL, IN_WINDOW));
        }

        @Test
        void givenClosed_whenCloseAgain_thenRefused() {
            refusedWith(fixture.given(published(), new FundCallClosedEvent(CALL, IN_WINDOW))
                    .when(new CloseFundCallCommand(CALL, AFTER_CLOSING)), INVALID_STATE_TRANSITION);
        }
    }

    @Nested
    class Allocate {

        @Test
        void givenPublished_whenAllocateWithinBudgetAndCap_thenAllocated() {
            fixture.given(published())
                    .when(allocate("app-1", GROUP_2, 25_000_000))
                    .expectEvents(allocated("app-1", GROUP_2, 25_000_000));
        }

        @Test
        void givenClosed_whenAllocate_thenAllocated() {
            // awards come after the submission window, so a closed call still commits its money
            fixture.given(published(), new FundCallClosedEvent(CALL, CLOSES_AT))
                    .when(allocate("app-1", GROUP_2, 25_000_000))
                    .expectEvents(allocated("app-1", GROUP_2, 25_000_000));
        }

        @Test
        void givenNinetyMillionAllocated_whenAllocateTheRemainingTen_thenAllocated() {
            fixture.given(published(), allocated("app-1", GROUP_5, 60_000_000), allocated("app-2", GROUP_4, 30_000_000))
                    .when(allocate("app-3", GROUP_4, 10_000_000))
                    .expectEvents(allocated("app-3", GROUP_4, 10_000_000));
        }

        @Test
        void givenNinetyMillionAllocated_whenAllocateBeyondRemainingBudget_thenRefused() {
            // group 4 still has 20 M under its cap: the call's total is what runs short
            refusedWith(fixture.given(published(), allocated("app-1", GROUP_5, 60_000_000),
                            allocated("app-2", GROUP_4, 30_000_000))
                    .when(allocate("app-3", GROUP_4, 10_000_001)), INSUFFICIENT_CALL_BUDGET);
        }

        @Test
        void givenPublished_whenAllocateBeyondGroupCap_thenRefused() {
            refusedWith(fixture.given(published()).when(allocate("app-1", GROUP_1, 20_000_001)), GROUP_CAP_EXCEEDED);
        }

        @Test
        void givenGroupPartlyAllocated_whenAllocateBeyondItsRemainingCap_thenRefused() {
            refusedWith(fixture.given(published(), allocated("app-1", GROUP_1, 15_000_000))
                    .when(allocate("app-2", GROUP_1, 5_000_001)), GROUP_CAP_EXCEEDED);
        }

        @Test
        void givenGroupPartlyAllocated_whenAllocateExactlyItsRemainingCap_thenAllocated() {
            fixture.given(published(), allocated("app-1", GROUP_1, 15_000_000))
                    .when(allocate("app-2", GROUP_1, 5_000_000))
                    .expectEvents(allocated("app-2", GROUP_1, 5_000_000));
        }

        @Test
        void givenOtherGroupAllocated_whenAllocateUpToThisGroupsCap_thenAllocated() {
            fixture.given(published(), allocated("app-1", GROUP_2, 30_000_000))
                    .when(allocate("app-2", GROUP_1, 20_000_000))
                    .expectEvents(allocated("app-2", GROUP_1, 20_000_000));
        }

        @Test
        void givenApplicationFunded_whenAllocateForItAgain_thenRefused() {
            refusedWith(fixture.given(published(), allocated("app-1", GROUP_2, 1_000_000))
                    .when(allocate("app-1", GROUP_2, 1_000_000)), INVALID_STATE_TRANSITION);
        }
    }
}
