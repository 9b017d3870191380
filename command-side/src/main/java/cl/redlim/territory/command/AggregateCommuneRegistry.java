package cl.redlim.territory.command;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.territory.api.CommuneRegistry;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Answers from the commune aggregates themselves, inside the caller's unit of work. */
@Component
class AggregateCommuneRegistry implements CommuneRegistry {

    private final Repository<Commune> communes;

    AggregateCommuneRegistry(@Qualifier("communeRepository") Repository<Commune> communes) {
        this.communes = communes;
    }

    @Override
    public Optional<CommuneProfile> find(CommuneCode cut) {
        try {
            return Optional.of(communes.load(cut.value()).invoke(Commune::profile));
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            return Optional.empty();
        }
    }
}
