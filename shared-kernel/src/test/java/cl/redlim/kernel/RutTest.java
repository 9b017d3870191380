package cl.redlim.kernel;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RutTest {

    @Nested
    class CheckDigit {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"12345678, 5", "11111111, 1", "7654321, 6", "10000013, K", "6, K", "10000004, 0"})
        void givenDigits_whenComputeCheckDigit_thenModulo11(String digits, char expected) {
            assertThat(Rut.checkDigit(digits)).isEqualTo(expected);
        }
    }

    @Nested
    class Parse {

        @ParameterizedTest(name = "''{0}'' is {1}")
        @CsvSource({
                "12.345.678-5, 12345678-5",
                "12345678-5, 12345678-5",
                "123456785, 12345678-5",
                "' 12.345.678 - 5 ', 12345678-5",
                "012.345.678-5, 12345678-5",
                "10.000.013-K, 10000013-K",
                "10000013-k, 10000013-K",
                "10000004-0, 10000004-0",
                "7.654.321-6, 7654321-6",
                "6-K, 6-K"})
        void givenAValidRut_whenParse_thenNormalised(String raw, String normalised) {
            assertThat(Rut.of(raw).value()).isEqualTo(normalised);
            assertThat(Rut.of(raw).toString()).isEqualTo(normalised);
            assertThat(Rut.isValid(raw)).isTrue();
        }

        @Test
        void givenTwoSpellingsOfOneRut_whenParse_thenEqual() {
            assertThat(Rut.of("12.345.678-5")).isEqualTo(Rut.of("123456785")).isEqualTo(new Rut("12345678-5"));
        }

        @ParameterizedTest(name = "''{0}''")
        @NullAndEmptySource
        @ValueSource(strings = {
                "12.345.678-6",   // wrong check digit
                "12.345.678-K",   // wrong check digit, and a K
                "10.000.013-0",   // should be K
                "10.000.004-K",   // should be 0
                "1234567A-5",     // letter in the number
                "12.345.678-X",   // not a check digit
                "K",              // check digit alone
                "-",
                "5",
                "12345678901-5"}) // too long
        void givenAnInvalidRut_whenParse_thenRefused(String raw) {
            assertThat(Rut.isValid(raw)).isFalse();
            assertThatThrownBy(() -> Rut.of(raw))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        }

        @Test
        void givenAVeryLongInput_whenParse_thenTheMessageQuotesItAbbreviated() {
            String raw = "9".repeat(500);

            assertThatThrownBy(() -> Rut.of(raw))
                    .hasMessageContaining("'" + "9".repeat(20) + "…'")
                    .message().hasSizeLessThan(200);
        }
    }
}
