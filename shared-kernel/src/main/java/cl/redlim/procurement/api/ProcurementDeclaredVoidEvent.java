package cl.redlim.procurement.api;

import java.time.Instant;

/** The tender was declared void (desierta). */
public record ProcurementDeclaredVoidEvent(String processId, String reason, Instant declaredAt) {
}
