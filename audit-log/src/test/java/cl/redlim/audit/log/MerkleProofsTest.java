package cl.redlim.audit.log;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every proof of every tree of 1..64 leaves, and random larger trees: honest proofs verify, altered ones do not. */
class MerkleProofsTest {

    static final int SMALL = 64;

    static InMemoryTree tree(int size, long seed) {
        Random random = new Random(seed);
        InMemoryTree tree = new InMemoryTree();
        for (int i = 0; i < size; i++) {
            tree.append(MerkleHash.leaf(ByteBuffer.allocate(12).putInt(i).putLong(random.nextLong()).array()));
        }
        return tree;
    }

    @Test
    void everyInclusionProofOfEveryTreeUpTo64Verifies_andNoAlteredOneDoes() {
        InMemoryTree tree = tree(SMALL, 1);
        for (int size = 1; size <= SMALL; size++) {
            byte[] root = tree.root(size);
            for (int index = 0; index < size; index++) {
                byte[] leaf = tree.leaf(index);
                List<byte[]> path = MerkleProofs.inclusion(tree, index, size);
                String what = "leaf " + index + " of " + size;
                assertThat(MerkleProofs.verifyInclusion(leaf, index, size, path, root)).as(what).isTrue();

                for (List<byte[]> flipped : flippedBits(path)) {
                    assertThat(MerkleProofs.verifyInclusion(leaf, index, size, flipped, root))
                            .as("%s, a bit flipped in the path", what).isFalse();
                }
                assertThat(MerkleProofs.verifyInclusion(flip(leaf, 0), index, size, path, root))
                        .as("%s, another leaf", what).isFalse();
                assertThat(MerkleProofs.verifyInclusion(leaf, index, size, path, flip(root, 31)))
                        .as("%s, another root", what).isFalse();
                assertThat(MerkleProofs.verifyInclusion(leaf, index, size, path, tree.root(size == 1 ? 2 : size - 1)))
                        .as("%s, the root of another size", what).isFalse();
                if (!path.isEmpty()) {
                    assertThat(MerkleProofs.verifyInclusion(leaf, index, size, path.subList(0, path.size() - 1), root))
                            .as("%s, a hash left out", what).isFalse();
                }
                assertThat(MerkleProofs.verifyInclusion(leaf, index, size, append(path, root), root))
                        .as("%s, a hash too many", what).isFalse();
                for (int other = 0; other < size; other++) {
                    if (other != index) {
                        assertThat(MerkleProofs.verifyInclusion(leaf, other, size, path, root))
                                .as("%s claimed at index %d", what, other).isFalse();
                    }
                }
                assertThat(MerkleProofs.verifyInclusion(leaf, size, size, path, root)).isFalse();
                assertThat(MerkleProofs.verifyInclusion(leaf, -1, size, path, root)).isFalse();
                for (int otherSize = index + 1; otherSize <= 2 * SMALL; otherSize++) {
                    // An audit path does not name the tree size: the signed root does. A proof checked against a
                    // wrong size may pass only where that size's tree has the very same path shape for this leaf.
                    if (otherSize != size && !directions(index, otherSize).equals(directions(index, size))) {
                        assertThat(MerkleProofs.verifyInclusion(leaf, index, otherSize, path, root))
                                .as("%s checked as a tree of %d", what, otherSize).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void everyConsistencyProofBetweenTreesUpTo64Verifies_andNoAlteredOneDoes() {
        InMemoryTree tree = tree(SMALL, 2);
        for (int second = 1; second <= SMALL; second++) {
            byte[] secondRoot = tree.root(second);
            for (int first = 1; first <= second; first++) {
                byte[] firstRoot = tree.root(first);
                List<byte[]> proof = MerkleProofs.consistency(tree, first, second);
                String what = first + " -> " + second;
                assertThat(MerkleProofs.verifyConsistency(first, second, firstRoot, secondRoot, proof))
                        .as(what).isTrue();

                for (List<byte[]> flipped : flippedBits(proof)) {
                    assertThat(MerkleProofs.verifyConsistency(first, second, firstRoot, secondRoot, flipped))
                            .as("%s, a bit flipped in the proof", what).isFalse();
                }
                assertThat(MerkleProofs.verifyConsistency(first, second, flip(firstRoot, 5), secondRoot, proof))
                        .as("%s, another first root", what).isFalse();
                assertThat(MerkleProofs.verifyConsistency(first, second, firstRoot, flip(secondRoot, 5), proof))
                        .as("%s, another second root", what).isFalse();
                assertThat(MerkleProofs.verifyConsistency(first, second, firstRoot, secondRoot,
                        append(proof, secondRoot))).as("%s, a hash too many", what).isFalse();
                if (first == second) {
                    continue;
                }
                assertThat(MerkleProofs.verifyConsistency(first, second, secondRoot, firstRoot, proof))
                        .as("%s, roots swapped", what).isFalse();
                assertThat(MerkleProofs.verifyConsistency(first, second, firstRoot, secondRoot,
                        proof.subList(0, proof.size() - 1))).as("%s, a hash left out", what).isFalse();
                // Like an audit path, a consistency proof does not name the sizes: the signed tree heads do. A wrong
                // size may pass only where it gives the proof the very same shape.
                for (int otherFirst = 1; otherFirst <= second; otherFirst++) {
                    if (otherFirst != first && !shape(otherFirst, second).equals(shape(first, second))) {
                        assertThat(MerkleProofs.verifyConsistency(otherFirst, second, firstRoot, secondRoot, proof))
                                .as("%s claimed from %d", what, otherFirst).isFalse();
                    }
                }
                for (int otherSecond = first; otherSecond <= 2 * SMALL; otherSecond++) {
                    if (otherSecond != second && !shape(first, otherSecond).equals(shape(first, second))) {
                        assertThat(MerkleProofs.verifyConsistency(first, otherSecond, firstRoot, secondRoot, proof))
                                .as("%s claimed to %d", what, otherSecond).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void randomLargerTreesUpTo5000Leaves() {
        Random random = new Random(20251107);
        InMemoryTree tree = tree(5_000, 3);
        for (int round = 0; round < 40; round++) {
            int size = 65 + random.nextInt(5_000 - 64);
            byte[] root = tree.root(size);
            for (int k = 0; k < 5; k++) {
                int index = random.nextInt(size);
                List<byte[]> path = MerkleProofs.inclusion(tree, index, size);
                assertThat(MerkleProofs.verifyInclusion(tree.leaf(index), index, size, path, root)).isTrue();
                int bit = random.nextInt(path.size());
                List<byte[]> altered = new ArrayList<>(path);
                altered.set(bit, flip(path.get(bit), random.nextInt(32)));
                assertThat(MerkleProofs.verifyInclusion(tree.leaf(index), index, size, altered, root)).isFalse();
                assertThat(MerkleProofs.verifyInclusion(tree.leaf(index), index ^ 1, size, path, root)).isFalse();

                int first = 1 + random.nextInt(size);
                List<byte[]> proof = MerkleProofs.consistency(tree, first, size);
                assertThat(MerkleProofs.verifyConsistency(first, size, tree.root(first), root, proof)).isTrue();
                if (!proof.isEmpty()) {
                    List<byte[]> broken = new ArrayList<>(proof);
                    int at = random.nextInt(proof.size());
                    broken.set(at, flip(proof.get(at), random.nextInt(32)));
                    assertThat(MerkleProofs.verifyConsistency(first, size, tree.root(first), root, broken)).isFalse();
                }
            }
        }
    }

    @Test
    void aCompactRangeHasTheRootOfTheWholeTreeAtEverySize() {
        InMemoryTree tree = tree(2_100, 4);
        CompactRange range = new CompactRange();
        assertThat(range.root()).isEqualTo(tree.root(0));
        for (int n = 1; n <= tree.size(); n++) {
            range.append(tree.leaf(n - 1));
            assertThat(range.size()).isEqualTo(n);
            assertThat(range.root()).as("root of %d leaves", n).isEqualTo(tree.root(n));
        }
    }

    @Test
    void proofsOutsideTheTreeAreRefused() {
        InMemoryTree tree = tree(8, 5);
        assertThatThrownBy(() -> MerkleProofs.inclusion(tree, 8, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleProofs.consistency(tree, 0, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleProofs.consistency(tree, 5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MerkleProofs.verifyConsistency(5, 4, tree.root(5), tree.root(4), List.of(tree.root(1))))
                .isFalse();
    }

    /** The left/right turns from the root down to a leaf, by the recursive definition of RFC 9162 section 2.1.3.1. */
    static List<Boolean> directions(long index, long size) {
        List<Boolean> turns = new ArrayList<>();
        long start = 0;
        long end = size;
        while (end - start > 1) {
            long split = Long.highestOneBit(end - start - 1);
            boolean left = index < start + split;
            turns.add(left);
            if (left) {
                end = start + split;
            } else {
                start = start + split;
            }
        }
        return turns;
    }

    /**
     * How a consistency proof's hashes combine into both roots, by the recursive definition of RFC 9162 section
     * 2.1.4.1: {@code F} is the first root, {@code pN} the N-th hash of the proof.
     */
    static String shape(long first, long second) {
        int[] next = {0};
        String[] firstRoot = new String[1];
        String secondRoot = shape(first, second, true, next, firstRoot);
        return secondRoot + " / " + firstRoot[0];
    }

    private static String shape(long m, long size, boolean whole, int[] next, String[] firstRoot) {
        if (m == size) {
            firstRoot[0] = whole ? "F" : "p" + next[0]++;
            return firstRoot[0];
        }
        long split = Long.highestOneBit(size - 1);
        if (m <= split) {
            String left = shape(m, split, whole, next, firstRoot);
            return "(" + left + " p" + next[0]++ + ")";
        }
        String right = shape(m - split, size - split, false, next, firstRoot);
        String p = "p" + next[0]++;
        firstRoot[0] = "(" + p + " " + firstRoot[0] + ")";
        return "(" + p + " " + right + ")";
    }

    static List<List<byte[]>> flippedBits(List<byte[]> proof) {
        List<List<byte[]>> out = new ArrayList<>();
        for (int i = 0; i < proof.size(); i++) {
            for (int bit : new int[] {0, 7, 8 * 31 + 7}) {
                List<byte[]> copy = new ArrayList<>(proof);
                byte[] hash = proof.get(i).clone();
                hash[bit / 8] ^= (byte) (1 << (bit % 8));
                copy.set(i, hash);
                out.add(copy);
            }
        }
        return out;
    }

    static byte[] flip(byte[] hash, int at) {
        byte[] copy = hash.clone();
        copy[at] ^= 0x10;
        return copy;
    }

    static List<byte[]> append(List<byte[]> proof, byte[] extra) {
        List<byte[]> copy = new ArrayList<>(proof);
        copy.add(extra);
        return copy;
    }
}
