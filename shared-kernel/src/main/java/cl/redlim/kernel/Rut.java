package cl.redlim.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chilean RUT, stored normalised as digits, a hyphen and the check digit ("12345678-5", "K" upper case).
 * Accepted as written in practice: "12.345.678-5", "12345678-5" or "123456785". The check digit is modulo 11 with
 * weights 2..7 cycling from the right; 11 gives 0 and 10 gives K.
 */
public record Rut(String value) {

    /** Either plain digits or digits grouped by thousands with dots; then an optional hyphen and the check digit. */
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+) *-? *([\\dkK])");

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
        Matcher m = raw == null ? null : FORMAT.matcher(raw.strip());
        if (m == null || !m.matches()) {
            throw invalid(raw);
        }
        String body = m.group(1).replace(".", "").replaceFirst("^0+", "");
        char dv = m.group(2).toUpperCase(Locale.ROOT).charAt(0);
        if (body.isEmpty() || body.length() > 9 || checkDigit(body) != dv) {
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
