package cl.redlim.audit.log;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classic RFC 6962 test data: eight leaf inputs, the roots of the trees of their first 1..8 leaves, and the
 * inclusion and consistency proofs published with the Certificate Transparency reference implementation.
 * Source: github.com/transparency-dev/merkle, proof/verify_test.go (the vectors carried over from
 * google/certificate-transparency's C++ merkle_tree_test.cc) and rfc6962/rfc6962_test.go.
 */
class Rfc6962VectorsTest {

    static final HexFormat HEX = HexFormat.of();

    static final List<byte[]> LEAF_INPUTS = List.of(
            hex(""), hex("00"), hex("10"), hex("2021"), hex("3031"), hex("40414243"),
            hex("5051525354555657"), hex("606162636465666768696a6b6c6d6e6f"));

    /** roots.get(n - 1) = MTH of the first n leaves. */
    static final List<byte[]> ROOTS = List.of(
            hex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
            hex("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"),
            hex("aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77"),
            hex("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
            hex("4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4"),
            hex("76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef"),
            hex("ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c"),
            hex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"));

    /** Inclusion proofs: leaf index (0-based), tree size, audit path. */
    record Inclusion(long index, long size, List<byte[]> path) {
    }

    static final List<Inclusion> INCLUSIONS = List.of(
            new Inclusion(0, 1, List.of()),
            new Inclusion(0, 8, List.of(
                    hex("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
                    hex("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                    hex("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"))),
            new Inclusion(5, 8, List.of(
                    hex("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
                    hex("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
                    hex("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"))),
            new Inclusion(2, 3, List.of(
                    hex("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"))),
            new Inclusion(1, 5, List.of(
                    hex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
                    hex("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                    hex("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"))));

    record Consistency(long first, long second, List<byte[]> proof) {
    }

    static final List<Consistency> CONSISTENCIES = List.of(
            new Consistency(1, 1, List.of()),
            new Consistency(1, 8, List.of(
                    hex("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
                    hex("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                    hex("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"))),
            new Consistency(6, 8, List.of(
                    hex("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
                    hex("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
                    hex("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"))),
            new Consistency(2, 5, List.of(
                    hex("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                    hex("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"))),
            new Consistency(6, 7, List.of(
                    hex("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
                    hex("b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f"),
                    hex("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"))));

    static InMemoryTree tree() {
        InMemoryTree tree = new InMemoryTree();
        LEAF_INPUTS.forEach(input -> tree.append(MerkleHash.leaf(input)));
        return tree;
    }

    @Test
    void hashesOfTheEmptyTreeALeafAndANode() {
        // rfc6962_test.go: echo -n | sha256sum; 00 || "L123456"; 01 || "N123" || "N456"
        assertThat(MerkleHash.empty())
                .isEqualTo(hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        assertThat(MerkleHash.leaf(new byte[0]))
                .isEqualTo(hex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"));
        assertThat(MerkleHash.leaf("L123456".getBytes()))
                .isEqualTo(hex("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56"));
        assertThat(MerkleHash.node("N123".getBytes(), "N456".getBytes()))
                .isEqualTo(hex("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb"));
        assertThat(new InMemoryTree().root(0)).isEqualTo(MerkleHash.empty());
        assertThat(new CompactRange().root()).isEqualTo(MerkleHash.empty());
    }

    @Test
    void rootsOfEverySizeFromOneToEight() {
        InMemoryTree tree = tree();
        CompactRange range = new CompactRange();
        for (int n = 1; n <= 8; n++) {
            range.append(MerkleHash.leaf(LEAF_INPUTS.get(n - 1)));
            assertThat(tree.root(n)).as("MTH of %d leaves", n).isEqualTo(ROOTS.get(n - 1));
            assertThat(range.root()).as("compact range of %d leaves", n).isEqualTo(ROOTS.get(n - 1));
        }
    }

    @Test
    void inclusionProofsAreThePublishedOnesAndVerify() {
        InMemoryTree tree = tree();
        for (Inclusion v : INCLUSIONS) {
            byte[] leaf = MerkleHash.leaf(LEAF_INPUTS.get((int) v.index()));
            byte[] root = ROOTS.get((int) v.size() - 1);
            assertThat(MerkleProofs.inclusion(tree, v.index(), v.size()))
                    .as("PATH(%d, D[%d])", v.index(), v.size())
                    .usingElementComparator(Rfc6962VectorsTest::compare)
                    .containsExactlyElementsOf(v.path());
            assertThat(MerkleProofs.verifyInclusion(leaf, v.index(), v.size(), v.path(), root)).isTrue();
            assertThat(MerkleProofs.verifyInclusion(leaf, v.index(), v.size(), v.path(), MerkleHash.empty()))
                    .isFalse();
        }
    }

    @Test
    void consistencyProofsAreThePublishedOnesAndVerify() {
        InMemoryTree tree = tree();
        for (Consistency v : CONSISTENCIES) {
            byte[] first = ROOTS.get((int) v.first() - 1);
            byte[] second = ROOTS.get((int) v.second() - 1);
            assertThat(MerkleProofs.consistency(tree, v.first(), v.second()))
                    .as("PROOF(%d, D[%d])", v.first(), v.second())
                    .usingElementComparator(Rfc6962VectorsTest::compare)
                    .containsExactlyElementsOf(v.proof());
            assertThat(MerkleProofs.verifyConsistency(v.first(), v.second(), first, second, v.proof())).isTrue();
            if (v.first() != v.second()) {
                assertThat(MerkleProofs.verifyConsistency(v.first(), v.second(), second, first, v.proof()))
                        .as("swapped roots").isFalse();
                assertThat(MerkleProofs.verifyConsistency(v.first(), v.second(), first, second, List.of()))
                        .as("empty proof").isFalse();
            }
        }
    }

    static int compare(byte[] a, byte[] b) {
        return java.util.Arrays.compare(a, b);
    }

    static byte[] hex(String hex) {
        return HEX.parseHex(hex);
    }
}
