package cl.redlim.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Chilean RUT, stored normalised as digits, a hyphen and the check digit ("12345678-5", "K" upper case).
 * The check digit is modulo 11 with weights 2..7 cycling from the right; 11 gives 0 and 10 gives K.
 */
public record Rut(String value) {

    public Rut {
        value = normalise(value);
    }

    @JsonCreator
    public static Rut of(String value) {
        return new Rut(value);
    }

    public static boolean isValid(String raw) {
        try {
            normalise(raw);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    static String normalise(String raw) {
        if (raw == null) {
            throw invalid(null);
        }
        String s = raw.replace(".", "").replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (s.length() < 2 || s.length() > 10) {
            throw invalid(raw);
        }
        String body = s.substring(0, s.length() - 1);
        char dv = s.charAt(s.length() - 1);
        if (!body.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(raw);
        }
        body = body.replaceFirst("^0+(?=\\d)", "");
        if (checkDigit(body) != dv) {
            throw invalid(raw);
        }
        return body + "-" + dv;
    }

    public static char checkDigit(String digits) {
        int sum = 0;
        int weight = 2;
        for (int i = digits.length() - 1; i >= 0; i--) {
            sum += (digits.charAt(i) - '0') * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }
        int r = 11 - (sum % 11);
        return r == 11 ? '0' : r == 10 ? 'K' : (char) ('0' + r);
    }

    private static DomainException invalid(String raw) {
        return new DomainException(ErrorCode.VALIDATION_FAILED,
                "Not a valid RUT (number and modulo-11 check digit): '" + CommuneCode.abbreviate(raw) + "'");
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
