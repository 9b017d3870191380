package cl.redlim.readmodel.rebuild;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What a rebuild ends with: the rebuilt collections replace the live ones, or are only compared with them. */
public enum RebuildMode {
    SWAP, COMPARE;

    @JsonCreator
    public static RebuildMode of(String value) {
        for (RebuildMode mode : values()) {
            if (mode.name().equalsIgnoreCase(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("mode is swap or compare, not " + value);
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
