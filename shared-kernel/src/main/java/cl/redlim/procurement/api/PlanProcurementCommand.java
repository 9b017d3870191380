package cl.redlim.procurement.api;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Plans a purchase of a municipality. The UTM value in CLP used for the bands travels with the command, since it
 * changes monthly. Direct awards name a ground and a justification; framework purchases name the agreement.
 */
public record PlanProcurementCommand(@TargetAggregateIdentifier String processId, CommuneCode buyer, String title,
                                     String description, ProcurementCategory category, List<ProcurementItem> items,
                                     Clp estimatedAmount, Clp utmValue, ProcurementMethod method,
                                     DirectAwardGround directAwardGround, String justification,
                                     String frameworkAgreementId, Instant plannedAt) {
}
