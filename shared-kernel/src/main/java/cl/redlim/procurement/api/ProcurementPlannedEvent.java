package cl.redlim.procurement.api;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.CommuneCode;

import java.time.Instant;
import java.util.List;

/** A purchase was planned. {@code tenderType} is set for public tenders only; the UTM value used is recorded. */
public record ProcurementPlannedEvent(String processId, CommuneCode buyer, String title, String description,
                                      ProcurementCategory category, List<ProcurementItem> items, Clp estimatedAmount,
                                      Clp utmValue, ProcurementMethod method, TenderType tenderType,
                                      DirectAwardGround directAwardGround, String justification,
                                      String frameworkAgreementId, Instant plannedAt) {
}
