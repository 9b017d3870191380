package cl.redlim.territory.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers one of Chile's 16 regions; its id is the 2-digit CUT region code. */
public record RegisterRegionCommand(@TargetAggregateIdentifier String regionCode, String name, String isoCode) {
}
