package cl.redlim.audit.log;

/**
 * Where a Merkle tree's hashes come from. An implementation only answers for perfect subtrees (2^height leaves
 * starting at a multiple of 2^height); every other range of the RFC 9162 decomposition is hashed from those.
 */
@FunctionalInterface
public interface SubtreeHashes {

    /** The hash of leaves {@code [start, start + 2^height)}; {@code start} is a multiple of {@code 2^height}. */
    byte[] perfect(long start, int height);

    /** MTH(D[start:end]), for the ranges RFC 9162's recursion visits (it splits at the largest power of two). */
    default byte[] hash(long start, long end) {
        long size = end - start;
        if (size <= 0) {
            throw new IllegalArgumentException("Empty range " + start + ".." + end);
        }
        if (Long.bitCount(size) == 1 && start % size == 0) {
            return perfect(start, Long.numberOfTrailingZeros(size));
        }
        long split = Long.highestOneBit(size - 1);
        return MerkleHash.node(hash(start, start + split), hash(start + split, end));
    }

    /** The root of the tree of the first {@code size} leaves. */
    default byte[] root(long size) {
        return size == 0 ? MerkleHash.empty() : hash(0, size);
    }
}
