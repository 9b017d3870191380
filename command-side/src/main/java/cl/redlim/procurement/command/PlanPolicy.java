package cl.redlim.procurement.command;

import cl.redlim.kernel.Checks;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.procurement.api.PlanProcurementCommand;
import cl.redlim.procurement.api.ProcurementItem;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.TenderType;

import java.util.HashSet;
import java.util.Set;

import static cl.redlim.kernel.Checks.isBlank;
import static cl.redlim.kernel.Checks.refused;

/**
 * What makes a plan acceptable: its items, its amounts, and a method that fits the amount and carries what the law
 * asks of it. Decides the tender type of a public tender from the estimate, exactly in pesos.
 */
final class PlanPolicy {

    private PlanPolicy() {
    }

    /** Checks the plan; returns the tender type of a public tender, null for the other methods. */
    static TenderType check(PlanProcurementCommand command) {
        Checks.text(command.title(), "A title");
        Checks.present(command.category(), "The category");
        Checks.present(command.method(), "The method");
        Checks.present(command.plannedAt(), "The planning instant");
        Checks.positive(command.estimatedAmount(), "The estimated amount");
        Checks.positive(command.utmValue(), "The UTM value");
        lots(command);
        return switch (command.method()) {
            case PUBLIC_TENDER -> {
                noExceptionFields(command);
                yield TenderType.forAmount(command.estimatedAmount(), command.utmValue());
            }
            case COMPRA_AGIL -> {
                noExceptionFields(command);
                if (!TenderType.allowsCompraAgil(command.estimatedAmount(), command.utmValue())) {
                    throw refused(ErrorCode.PROCUREMENT_METHOD_NOT_ALLOWED, "Compra Ágil is for up to "
                            + TenderType.COMPRA_AGIL_MAX_UTM + " UTM (" + Math.multiplyExact(
                            TenderType.COMPRA_AGIL_MAX_UTM, command.utmValue().amount()) + " CLP at the UTM value "
                            + command.utmValue().amount() + "); the estimate is " + command.estimatedAmount().amount()
                            + " CLP");
                }
                yield null;
            }
            case DIRECT_AWARD -> {
                if (command.directAwardGround() == null || isBlank(command.justification())) {
                    throw refused(ErrorCode.DIRECT_AWARD_GROUND_REQUIRED,
                            "A direct award (trato directo) names its legal ground and a written justification");
                }
                if (!isBlank(command.frameworkAgreementId())) {
                    throw refused(ErrorCode.PROCUREMENT_METHOD_NOT_ALLOWED,
                            "A direct award names no framework agreement; buy from the agreement instead");
                }
                yield null;
            }
            case FRAMEWORK_AGREEMENT -> {
                if (isBlank(command.frameworkAgreementId())) {
                    throw refused(ErrorCode.PROCUREMENT_METHOD_NOT_ALLOWED,
                            "A framework purchase (convenio marco) names its framework agreement");
                }
                if (command.directAwardGround() != null || !isBlank(command.justification())) {
                    throw refused(ErrorCode.PROCUREMENT_METHOD_NOT_ALLOWED,
                            "A framework purchase carries no direct-award ground or justification");
                }
                yield null;
            }
        };
    }

    /** Tender methods compete: a direct-award ground, a justification or an agreement has no place there. */
    private static void noExceptionFields(PlanProcurementCommand command) {
        if (command.directAwardGround() != null || !isBlank(command.justification())
                || !isBlank(command.frameworkAgreementId())) {
            throw refused(ErrorCode.PROCUREMENT_METHOD_NOT_ALLOWED, "A " + label(command.method())
                    + " carries no direct-award ground, justification or framework agreement");
        }
    }

    private static String label(ProcurementMethod method) {
        return method == ProcurementMethod.COMPRA_AGIL ? "Compra Ágil" : "public tender";
    }

    /** Items are distinct and counted; either every item names its lot or none does. */
    private static void lots(PlanProcurementCommand command) {
        if (command.items() == null || command.items().isEmpty()) {
            throw refused(ErrorCode.VALIDATION_FAILED, "A plan has at least one item");
        }
        Set<String> ids = new HashSet<>();
        int withLot = 0;
        for (ProcurementItem item : command.items()) {
            if (item == null || isBlank(item.itemId()) || !ids.add(item.itemId())) {
                throw refused(ErrorCode.VALIDATION_FAILED, "Items need distinct ids");
            }
            Checks.text(item.description(), "The description of item " + item.itemId());
            if (item.quantity() < 1) {
                throw refused(ErrorCode.VALIDATION_FAILED,
                        "Item " + item.itemId() + " needs a quantity of at least 1, not " + item.quantity());
            }
            if (item.lot() != null) {
                Checks.text(item.lot(), "The lot of item " + item.itemId());
                withLot++;
            }
        }
        if (withLot != 0 && withLot != command.items().size()) {
            throw refused(ErrorCode.VALIDATION_FAILED, "Either every item names its lot or none does; "
                    + withLot + " of " + command.items().size() + " do");
        }
    }
}
