package cl.redlim.certification.command;

import cl.redlim.certification.api.OfficialId;
import cl.redlim.kernel.Rut;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads the official's aggregate in the caller's unit of work, so what a certification copies is the latest. */
@Component
class RepositoryOfficials implements Officials {

    private final Repository<Official> officials;

    RepositoryOfficials(@Qualifier("officialRepository") Repository<Official> officials) {
        this.officials = officials;
    }

    @Override
    public Optional<Profile> find(Rut rut) {
        try {
            return Optional.of(officials.load(OfficialId.of(rut)).invoke(Official::profile))
                    .filter(p -> p.rut() != null);
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
