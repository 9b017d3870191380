package cl.redlim.platform.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * The target aggregate comes from the command's annotation; the expected version, when the caller sent
 * {@code If-Match}, from the metadata. The repository then refuses, under the aggregate's lock, a command whose
 * expected version is not the aggregate's current one.
 */
@Component("metaDataVersionTargetResolver")
public class MetaDataVersionTargetResolver implements CommandTargetResolver {

    private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = annotations.resolveTarget(command);
        Object expected = command.getMetaData().get(MetaDataKeys.EXPECTED_VERSION);
        Long version = expected == null ? null : Long.valueOf(expected.toString());
        return new VersionedAggregateIdentifier(target.getIdentifierValue(), version);
    }
}
