package cl.redlim.transparency.command;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;

/** Field checks of the transparency commands: a missing or blank field is a 400, as the HTTP layer answers it. */
final class Rules {

    private Rules() {
    }

    static <T> T present(T value, String what) {
        if (value == null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, what + " is required");
        }
        return value;
    }

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, what + " is required");
        }
        return value.strip();
    }

    static DomainException refused(ErrorCode code, String detail) {
        return new DomainException(code, detail);
    }
}
