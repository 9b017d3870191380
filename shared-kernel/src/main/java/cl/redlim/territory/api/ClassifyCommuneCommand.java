package cl.redlim.territory.api;

import cl.redlim.kernel.CommuneCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Registers or corrects a commune's SUBDERE group and rurality, as an administrator declares them. */
public record ClassifyCommuneCommand(@TargetAggregateIdentifier CommuneCode cut, CommuneGroup group, Rurality rurality,
                                     Instant classifiedAt) {
}
