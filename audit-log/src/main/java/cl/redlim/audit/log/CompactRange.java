package cl.redlim.audit.log;

import java.util.ArrayList;
import java.util.List;

/**
 * The root of a growing tree in O(log n) memory: the hashes of the perfect subtrees that make up the leaves so far,
 * largest first. What a verifier needs to recompute every root of a log it streams once.
 */
public final class CompactRange {

    private final List<byte[]> hashes = new ArrayList<>();
    private final List<Integer> heights = new ArrayList<>();
    private long size;

    public void append(byte[] leafHash) {
        byte[] hash = leafHash;
        int height = 0;
        while (!heights.isEmpty() && heights.get(heights.size() - 1) == height) {
            hash = MerkleHash.node(hashes.remove(hashes.size() - 1), hash);
            heights.remove(heights.size() - 1);
            height++;
        }
        hashes.add(hash);
        heights.add(height);
        size++;
    }

    public long size() {
        return size;
    }

    /** MTH of the leaves appended so far. */
    public byte[] root() {
        if (hashes.isEmpty()) {
            return MerkleHash.empty();
        }
        byte[] root = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            root = MerkleHash.node(hashes.get(i), root);
        }
        return root;
    }
}
