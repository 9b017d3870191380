package cl.redlim.fund.api;

public record GroupBudgetView(int group, long cap, long awarded, long remaining) {
}
