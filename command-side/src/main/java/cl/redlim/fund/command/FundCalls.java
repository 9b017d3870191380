package cl.redlim.fund.command;

import cl.redlim.fund.api.AllocateFundCallBudgetCommand;

import java.util.Optional;

/** The calls, as application rules see them: inside the caller's unit of work, so both change together or not. */
interface FundCalls {

    Optional<FundCallSnapshot> find(String callId);

    /** Commits call money to an award; throws the call's refusal when the budget or the group cap is short. */
    void allocate(AllocateFundCallBudgetCommand command);
}
