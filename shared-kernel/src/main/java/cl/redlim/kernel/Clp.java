package cl.redlim.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An amount of Chilean pesos. CLP has no decimals; amounts are never negative. */
public record Clp(long amount) implements Comparable<Clp> {

    /** Ten trillion pesos, far above any municipal budget: anything larger is a typo or an attack. */
    public static final long MAX = 10_000_000_000_000L;
    public static final Clp ZERO = new Clp(0);

    public Clp {
        if (amount < 0 || amount > MAX) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "A CLP amount is a whole number from 0 to " + MAX + "; got " + amount);
        }
    }

    @JsonCreator
    public static Clp of(long amount) {
        return new Clp(amount);
    }

    public Clp plus(Clp other) {
        return new Clp(Math.addExact(amount, other.amount));
    }

    public Clp minus(Clp other) {
        return new Clp(amount - other.amount);
    }

    public boolean isGreaterThan(Clp other) {
        return amount > other.amount;
    }

    public boolean isZero() {
        return amount == 0;
    }

    @JsonValue
    @Override
    public long amount() {
        return amount;
    }

    @Override
    public int compareTo(Clp o) {
        return Long.compare(amount, o.amount);
    }

    @Override
    public String toString() {
        return "CLP " + amount;
    }
}
