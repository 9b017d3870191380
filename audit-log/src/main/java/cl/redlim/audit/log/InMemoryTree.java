package cl.redlim.audit.log;

import java.util.ArrayList;
import java.util.List;

/** A tree whose leaf hashes are all in memory: for tests, and for a verifier holding an export. */
public final class InMemoryTree implements SubtreeHashes {

    private final List<byte[]> leaves = new ArrayList<>();

    public void append(byte[] leafHash) {
        leaves.add(leafHash);
    }

    public long size() {
        return leaves.size();
    }

    public byte[] leaf(long index) {
        return leaves.get((int) index);
    }

    @Override
    public byte[] perfect(long start, int height) {
        if (height == 0) {
            return leaves.get((int) start);
        }
        long half = 1L << (height - 1);
        return MerkleHash.node(perfect(start, height - 1), perfect(start + half, height - 1));
    }
}
