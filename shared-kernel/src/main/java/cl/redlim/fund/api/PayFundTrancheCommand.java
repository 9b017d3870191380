package cl.redlim.fund.api;

import cl.redlim.kernel.Clp;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Pays tranche number {@code tranche} (1, 2, …). The caller names the tranche, so a retried or duplicated payment
 * of the same tranche is refused instead of paid twice.
 */
public record PayFundTrancheCommand(@TargetAggregateIdentifier String applicationId, int tranche, Clp amount,
                                    Instant paidAt) {
}
