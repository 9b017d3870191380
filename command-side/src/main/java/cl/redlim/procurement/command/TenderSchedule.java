package cl.redlim.procurement.command;

import cl.redlim.kernel.ErrorCode;
import cl.redlim.procurement.api.ProcurementMethod;
import cl.redlim.procurement.api.TenderType;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

import static cl.redlim.procurement.command.Checks.refused;

/**
 * The publication periods of a tender: the minimum it must stay published, and how far an amendment pushes its
 * closing. Days are calendar days of 24 hours, counted from the instant of publication or amendment.
 */
final class TenderSchedule {

    private TenderSchedule() {
    }

    /** The minimum publication period that applies, in days, after checking a reduced period is allowed. */
    static int minimumDays(ProcurementRules rules, ProcurementMethod method, TenderType type, boolean reduced,
                           String justification) {
        if (!reduced) {
            if (!Checks.isBlank(justification)) {
                throw refused(ErrorCode.VALIDATION_FAILED,
                        "A justification is for a reduced publication period; none was asked");
            }
            return rules.publicationDays(method, type);
        }
        OptionalInt days = rules.reducedPublicationDays(method, type);
        if (days.isEmpty()) {
            throw refused(ErrorCode.PUBLICATION_PERIOD_TOO_SHORT, "A " + label(method, type)
                    + " has no reduced publication period: it stays published at least "
                    + rules.publicationDays(method, type) + " days");
        }
        if (Checks.isBlank(justification)) {
            throw refused(ErrorCode.VALIDATION_FAILED, "A reduced publication period needs its justification");
        }
        return days.getAsInt();
    }

    static void checkPeriod(Instant publishedAt, Instant closesAt, int minimumDays, boolean reduced,
                            ProcurementMethod method, TenderType type) {
        Instant earliest = publishedAt.plus(Duration.ofDays(minimumDays));
        if (closesAt.isBefore(earliest)) {
            throw refused(ErrorCode.PUBLICATION_PERIOD_TOO_SHORT, "A " + label(method, type) + " stays published at "
                    + "least " + minimumDays + " days" + (reduced ? " (reduced period)" : "") + ": it can close at "
                    + earliest + " at the earliest, not " + closesAt);
        }
    }

    /** The closing after an amendment: the one asked (or the current one), pushed so enough days remain. */
    static Instant amendedClosing(Instant requested, Instant amendedAt, int amendmentDays) {
        Instant earliest = amendedAt.plus(Duration.ofDays(amendmentDays));
        return requested.isBefore(earliest) ? earliest : requested;
    }

    static String label(ProcurementMethod method, TenderType type) {
        return method == ProcurementMethod.COMPRA_AGIL ? "Compra Ágil" : type + " tender";
    }
}
