package cl.redlim.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * A CUT (Código Único Territorial) commune code: region (2 digits) + province (1) + commune (2), e.g. 13101.
 * The format is checked here; whether the commune exists is the command side's business.
 */
public record CommuneCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("(0[1-9]|1[0-6])[1-9]\\d{2}");

    public CommuneCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "A CUT commune code has 5 digits: region 01-16, province, commune; got '" + abbreviate(value) + "'");
        }
    }

    @JsonCreator
    public static CommuneCode of(String value) {
        return new CommuneCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public String regionCode() {
        return value.substring(0, 2);
    }

    public String provinceCode() {
        return value.substring(0, 3);
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

    static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
