package cl.redlim.certification.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads the programme's aggregate in the caller's unit of work: an enrolment takes the version in force. */
@Component
class RepositoryProgrammes implements Programmes {

    private final Repository<Programme> programmes;

    RepositoryProgrammes(@Qualifier("programmeRepository") Repository<Programme> programmes) {
        this.programmes = programmes;
    }

    @Override
    public Optional<Current> find(String programmeId) {
        try {
            return Optional.of(programmes.load(programmeId).invoke(Programme::current))
                    .filter(p -> p.version() > 0);
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
