package cl.redlim.audit.query;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Store positions asked for together: which, and the range that holds them all. */
public record Positions(Set<Long> wanted, long min, long max) {

    /** Null for none. */
    public static Positions of(Collection<Long> positions) {
        if (positions.isEmpty()) {
            return null;
        }
        Set<Long> wanted = new HashSet<>(positions);
        return new Positions(wanted, wanted.stream().mapToLong(Long::longValue).min().orElseThrow(),
                wanted.stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    /** Whether one range read is cheaper than naming each position. */
    public boolean dense() {
        return max - min < 4L * wanted.size() + 64;
    }
}
