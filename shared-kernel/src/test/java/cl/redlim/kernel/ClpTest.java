package cl.redlim.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

class ClpTest {

    private static void assertRefused(Runnable makingAnAmount) {
        assertThatThrownBy(makingAnAmount::run)
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 1_500_000, Clp.MAX})
    void givenAWholeAmountInRange_whenCreate_thenAccepted(long amount) {
        assertThat(Clp.of(amount).amount()).isEqualTo(amount);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, Long.MIN_VALUE, Clp.MAX + 1, Long.MAX_VALUE})
    void givenAnAmountOutOfRange_whenCreate_thenRefused(long amount) {
        assertRefused(() -> Clp.of(amount));
    }

    @Test
    void givenTwoAmounts_whenAdd_thenSum() {
        assertThat(Clp.of(1_500_000).plus(Clp.of(250_000))).isEqualTo(Clp.of(1_750_000));
        assertThat(Clp.ZERO.plus(Clp.of(7))).isEqualTo(Clp.of(7));
    }

    @Test
    void givenASumAboveTheMaximum_whenAdd_thenRefused() {
        assertRefused(() -> Clp.of(Clp.MAX).plus(Clp.of(1)));
        assertThatCode(() -> Clp.of(Clp.MAX - 1).plus(Clp.of(1))).doesNotThrowAnyException();
    }

    @Test
    void givenTwoAmounts_whenSubtract_thenDifference() {
        assertThat(Clp.of(1_000).minus(Clp.of(400))).isEqualTo(Clp.of(600));
        assertThat(Clp.of(1_000).minus(Clp.of(1_000))).isEqualTo(Clp.ZERO);
    }

    @Test
    void givenASubtractionBelowZero_whenSubtract_thenRefused() {
        assertRefused(() -> Clp.of(400).minus(Clp.of(401)));
    }

    @Test
    void givenTwoAmounts_whenCompare_thenOrderedByAmount() {
        assertThat(Clp.of(2).isGreaterThan(Clp.of(1))).isTrue();
        assertThat(Clp.of(1).isGreaterThan(Clp.of(1))).isFalse();
        assertThat(Clp.of(1).isGreaterThan(Clp.of(2))).isFalse();
        assertThat(Clp.of(1)).isLessThan(Clp.of(2));
        assertThat(Clp.of(3).compareTo(Clp.of(3))).isZero();
    }

    @Test
    void givenZero_whenAsked_thenIsZero() {
        assertThat(Clp.ZERO.isZero()).isTrue();
        assertThat(Clp.of(0)).isEqualTo(Clp.ZERO);
        assertThat(Clp.of(1).isZero()).isFalse();
    }

    @Test
    void givenAnAmount_whenPrinted_thenCurrencyAndWholePesos() {
        assertThat(Clp.of(1_500_000)).hasToString("CLP 1500000");
    }
}
