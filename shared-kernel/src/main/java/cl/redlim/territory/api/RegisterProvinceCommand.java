package cl.redlim.territory.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a province; its id is the 3-digit CUT province code. */
public record RegisterProvinceCommand(@TargetAggregateIdentifier String provinceCode, String name, String regionCode) {
}
