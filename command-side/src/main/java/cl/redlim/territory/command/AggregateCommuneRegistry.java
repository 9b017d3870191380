package cl.redlim.territory.command;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.platform.axon.CurrentState;
import cl.redlim.territory.api.CommuneRegistry;
import cl.redlim.territory.api.CommuneRegistry.CommuneProfile;
import org.axonframework.config.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Answers from the commune aggregates themselves, as of their last commit, without taking a commune's lock: every
 * application of a commune reads it, and none of them changes it (see {@link CurrentState}).
 */
@Component
class AggregateCommuneRegistry implements CommuneRegistry {

    private final CurrentState<Commune, CommuneProfile> communes;

    AggregateCommuneRegistry(ObjectProvider<Configuration> axon) {
        // every commune fits: there are 346
        this.communes = new CurrentState<>(axon::getObject, Commune.class, Commune::new, Commune::profile, 1_000);
    }

    @Override
    public Optional<CommuneProfile> find(CommuneCode cut) {
        return communes.find(cut.value());
    }
}
