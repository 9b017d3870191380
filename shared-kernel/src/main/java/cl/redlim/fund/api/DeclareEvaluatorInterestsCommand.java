package cl.redlim.fund.api;

import cl.redlim.kernel.CommuneCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * An evaluator's declaration of the municipalities they are tied to (work, family, contracts). A new declaration
 * replaces the previous one.
 */
public record DeclareEvaluatorInterestsCommand(String evaluatorId, String name, List<CommuneCode> tiedCommunes,
                                               Instant declaredAt) {

    /** Evaluator ids are chosen by people; the prefix keeps them apart from every other aggregate's id. */
    public static String aggregateIdOf(String evaluatorId) {
        return "evaluator:" + evaluatorId;
    }

    @TargetAggregateIdentifier
    public String aggregateId() {
        return aggregateIdOf(evaluatorId);
    }
}
