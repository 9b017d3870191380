package cl.redlim.kernel;

/**
 * The field checks command handlers repeat. The HTTP layer checks the same fields first; these guard the commands
 * that arrive by other paths (demo data, other contexts), so that a missing value is a refusal, never a fault.
 */
public final class Checks {

    private Checks() {
    }

    public static DomainException refused(ErrorCode code, String detail) {
        return new DomainException(code, detail);
    }

    public static String text(String value, String what) {
        if (isBlank(value)) {
            throw refused(ErrorCode.VALIDATION_FAILED, what + " is required");
        }
        return value;
    }

    public static <T> T present(T value, String what) {
        if (value == null) {
            throw refused(ErrorCode.VALIDATION_FAILED, what + " is required");
        }
        return value;
    }

    public static Clp positive(Clp value, String what) {
        if (value == null || value.isZero()) {
            throw refused(ErrorCode.VALIDATION_FAILED, what + " must be above zero");
        }
        return value;
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public static String blankToNull(String value) {
        return isBlank(value) ? null : value;
    }
}
