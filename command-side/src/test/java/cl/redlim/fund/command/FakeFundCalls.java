package cl.redlim.fund.command;

import cl.redlim.fund.api.AllocateFundCallBudgetCommand;
import cl.redlim.kernel.DomainException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Calls as an application sees them; records the budget it asks for and can be told to refuse it. */
final class FakeFundCalls implements FundCalls {

    final List<AllocateFundCallBudgetCommand> allocations = new ArrayList<>();
    private final Map<String, FundCallSnapshot> calls = new HashMap<>();
    private DomainException refusal;

    FakeFundCalls with(FundCallSnapshot call) {
        calls.put(call.callId(), call);
        return this;
    }

    void refuseAllocations(DomainException refusal) {
        this.refusal = refusal;
    }

    @Override
    public Optional<FundCallSnapshot> find(String callId) {
        return Optional.ofNullable(calls.get(callId));
    }

    @Override
    public void allocate(AllocateFundCallBudgetCommand command) {
        if (refusal != null) {
            throw refusal;
        }
        allocations.add(command);
    }
}
