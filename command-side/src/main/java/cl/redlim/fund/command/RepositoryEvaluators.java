package cl.redlim.fund.command;

import cl.redlim.fund.api.DeclareEvaluatorInterestsCommand;
import cl.redlim.kernel.CommuneCode;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

@Component
class RepositoryEvaluators implements Evaluators {

    private final Repository<Evaluator> evaluators;

    RepositoryEvaluators(@Qualifier("evaluatorRepository") Repository<Evaluator> evaluators) {
        this.evaluators = evaluators;
    }

    @Override
    public Standing standing(String evaluatorId, CommuneCode commune) {
        try {
            return evaluators.load(DeclareEvaluatorInterestsCommand.aggregateIdOf(evaluatorId)).invoke(e -> e.isTiedTo(commune)) ? Standing.TIED : Standing.FREE;
        } catch (AggregateNotFoundException e) {
            return Standing.NOT_DECLARED;
        }
    }
}
