package cl.redlim.certification.credential;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BitstringStatusListTest {

    @Test
    void decodesTheSpecificationsExampleAsAnEmptyListOf16Kb() {
        // the encodedList of the examples in W3C Bitstring Status List v1.0
        byte[] list = BitstringStatusList.decode("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA");
        assertThat(list).hasSize(16 * 1024);
        assertThat(BitstringStatusList.isSet(list, 0)).isFalse();
        assertThat(BitstringStatusList.isSet(list, 131_071)).isFalse();
    }

    @Test
    void indexZeroIsTheLeftmostBitAndTheListKeepsItsMinimumSize() {
        BitSet set = new BitSet();
        set.set(0);
        set.set(9);
        byte[] list = BitstringStatusList.decode(BitstringStatusList.encode(set));
        assertThat(list).hasSize(16 * 1024);
        assertThat(list[0]).isEqualTo((byte) 0x80);
        assertThat(list[1]).isEqualTo((byte) 0x40);
        assertThat(BitstringStatusList.isSet(list, 9)).isTrue();
        assertThat(BitstringStatusList.isSet(list, 10)).isFalse();
    }

    @Test
    void anIndexPastTheEndOrAnEncodingWithoutMultibasePrefixIsAnError() {
        byte[] list = BitstringStatusList.decode(BitstringStatusList.encode(new BitSet()));
        assertThatThrownBy(() -> BitstringStatusList.isSet(list, 131_072)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BitstringStatusList.decode("H4sIAAAA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BitstringStatusList.decode("unotgzip")).isInstanceOf(IllegalArgumentException.class);
    }
}
