package cl.redlim.procurement.command;

import cl.redlim.kernel.Checks;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.TenderType;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static cl.redlim.kernel.Checks.refused;

/**
 * The publication periods of a tender: the minimum it must stay published, and how far an amendment pushes its
 * closing. Periods are counted from the instant of publication or amendment; a day is 24 hours.
 */
final class TenderSchedule {

    private TenderSchedule() {
    }

    /** The minimum publication period that applies, after checking a reduced period is allowed. */
    static Duration minimumPeriod(ProcurementRules rules, ProcurementMethod method, TenderType type, boolean reduced,
                           String justification) {
        if (!reduced) {
            if (!Checks.isBlank(justification)) {
                throw refused(ErrorCode.VALIDATION_FAILED,
                        "A justification is for a reduced publication period; none was asked");
            }
            return rules.publication(method, type);
        }
        Optional<Duration> reducedPeriod = rules.reducedPublication(method, type);
        if (reducedPeriod.isEmpty()) {
            throw refused(ErrorCode.PUBLICATION_PERIOD_TOO_SHORT, "The " + label(method, type)
                    + " has no reduced publication period: it stays published at least "
                    + ProcurementRules.describe(rules.publication(method, type)));
        }
        if (Checks.isBlank(justification)) {
            throw refused(ErrorCode.VALIDATION_FAILED, "A reduced publication period needs its justification");
        }
        return reducedPeriod.get();
    }

    static void checkPeriod(Instant publishedAt, Instant closesAt, Duration minimumPeriod, boolean reduced,
                            ProcurementMethod method, TenderType type) {
        Instant earliest = publishedAt.plus(minimumPeriod);
        if (closesAt.isBefore(earliest)) {
            throw refused(ErrorCode.PUBLICATION_PERIOD_TOO_SHORT, "The " + label(method, type) + " stays published at "
                    + "least " + ProcurementRules.describe(minimumPeriod) + (reduced ? " (reduced period)" : "")
                    + ": it can close at " + earliest + " at the earliest, not " + closesAt);
        }
    }

    /** The closing after an amendment: the one asked (or the current one), pushed so that enough time remains. */
    static Instant amendedClosing(Instant requested, Instant amendedAt, Duration openAfterAmendment) {
        Instant earliest = amendedAt.plus(openAfterAmendment);
        return requested.isBefore(earliest) ? earliest : requested;
    }

    static String label(ProcurementMethod method, TenderType type) {
        return method == ProcurementMethod.COMPRA_AGIL ? "Compra Ágil" : type + " tender";
    }
}
