package cl.redlim.certification.command;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;

/** Field checks for commands that arrive by other paths than HTTP (demo data), so a gap is a refusal. */
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

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
