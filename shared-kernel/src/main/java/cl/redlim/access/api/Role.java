package cl.redlim.access.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** What a credential may do. In JSON, in events and in tokens a role is its lower-case name. */
public enum Role {
    /** A municipal or regional system, scoped to a set of communes or regions. */
    INTEGRATOR("integrator"),
    /** The national fund office. */
    FUND_OFFICER("fund-officer"),
    /** A fund evaluator; the credential's subject is the evaluator id. */
    EVALUATOR("evaluator"),
    AUDITOR("auditor"),
    ADMIN("admin");

    private final String value;

    Role(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static Role of(String value) {
        return Arrays.stream(values()).filter(r -> r.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role '" + value + "'"));
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
