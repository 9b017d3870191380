package cl.redlim.procurement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Records the market consultation (consulta al mercado) held before the tender; mandatory above 5,000 UTM. */
public record RecordMarketConsultationCommand(@TargetAggregateIdentifier String processId, String summary,
                                              Instant consultedAt) {
}
