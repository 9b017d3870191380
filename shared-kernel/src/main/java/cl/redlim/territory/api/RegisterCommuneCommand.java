package cl.redlim.territory.api;

import cl.redlim.kernel.CommuneCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterCommuneCommand(@TargetAggregateIdentifier CommuneCode cut, String name, String provinceCode) {
}
