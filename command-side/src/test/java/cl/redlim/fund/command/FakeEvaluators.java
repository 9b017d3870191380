package cl.redlim.fund.command;

import cl.redlim.kernel.CommuneCode;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Evaluators' declarations; anyone not listed has not declared their interests. */
final class FakeEvaluators implements Evaluators {

    private final Map<String, Set<CommuneCode>> tiesByEvaluator = new HashMap<>();

    FakeEvaluators declared(String evaluatorId, CommuneCode... tiedTo) {
        tiesByEvaluator.put(evaluatorId, Set.of(tiedTo));
        return this;
    }

    @Override
    public Standing standing(String evaluatorId, CommuneCode commune) {
        Set<CommuneCode> ties = tiesByEvaluator.get(evaluatorId);
        if (ties == null) {
            return Standing.NOT_DECLARED;
        }
        return ties.contains(commune) ? Standing.TIED : Standing.FREE;
    }
}
