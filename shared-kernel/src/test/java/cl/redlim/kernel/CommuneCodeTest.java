package cl.redlim.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommuneCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"01101", "05101", "13101", "13201", "16101", "16305"})
    void givenAFiveDigitCut_whenParse_thenAccepted(String cut) {
        assertThat(CommuneCode.isValid(cut)).isTrue();
        assertThat(CommuneCode.of(cut).value()).isEqualTo(cut);
        assertThat(CommuneCode.of(cut)).hasToString(cut);
    }

    @Test
    void givenACut_whenAskedForItsParts_thenRegionAndProvincePrefixes() {
        CommuneCode puenteAlto = CommuneCode.of("13201");

        assertThat(puenteAlto.regionCode()).isEqualTo("13");
        assertThat(puenteAlto.provinceCode()).isEqualTo("132");
    }

    @Test
    void givenTheSameCode_whenParsedTwice_thenEqual() {
        assertThat(CommuneCode.of("13101")).isEqualTo(new CommuneCode("13101"))
                .isNotEqualTo(CommuneCode.of("13102"));
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {
            "00101",   // region 00
            "17101",   // region 17
            "13001",   // province 0
            "1310",    // too short
            "131011",  // too long
            "1310a",
            " 13101",
            "13-101"})
    void givenAMalformedCut_whenParse_thenRefused(String cut) {
        assertThat(CommuneCode.isValid(cut)).isFalse();
        assertThatThrownBy(() -> CommuneCode.of(cut))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void givenAVeryLongInput_whenParse_thenTheMessageQuotesItAbbreviated() {
        String cut = "1".repeat(1000);

        assertThatThrownBy(() -> CommuneCode.of(cut))
                .hasMessageEndingWith("got '" + "1".repeat(20) + "…'");
    }
}
