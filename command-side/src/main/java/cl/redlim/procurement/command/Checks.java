package cl.redlim.procurement.command;

import cl.redlim.kernel.Clp;
import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;

/**
 * The field checks every procurement command repeats. The HTTP layer checks the same fields first; these guard the
 * commands that arrive by other paths (demo data, other contexts), so that a missing value is a refusal, never a
 * fault.
 */
final class Checks {

    private Checks() {
    }

    static DomainException refused(ErrorCode code, String detail) {
        return new DomainException(code, detail);
    }

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw refused(ErrorCode.VALIDATION_FAILED, what + " is required");
        }
        return value;
    }

    static <T> T present(T value, String what) {
        if (value == null) {
            throw refused(ErrorCode.VALIDATION_FAILED, what + " is required");
        }
        return value;
    }

    static Clp positive(Clp value, String what) {
        if (value == null || value.isZero()) {
            throw refused(ErrorCode.VALIDATION_FAILED, what + " must be above zero");
        }
        return value;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
