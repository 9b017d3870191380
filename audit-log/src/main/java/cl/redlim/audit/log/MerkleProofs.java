package cl.redlim.audit.log;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Inclusion and consistency proofs of RFC 9162 sections 2.1.3 and 2.1.4: how they are made from a tree's hashes,
 * and how anyone checks them with nothing but the proof, the leaf hash and the roots.
 */
public final class MerkleProofs {

    private MerkleProofs() {
    }

    /** PATH(m, D[n]): the audit path of leaf {@code index} in the tree of the first {@code size} leaves. */
    public static List<byte[]> inclusion(SubtreeHashes tree, long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(tree, index, 0, size, path);
        return path;
    }

    private static void path(SubtreeHashes tree, long index, long start, long end, List<byte[]> out) {
        long size = end - start;
        if (size == 1) {
            return;
        }
        long split = Long.highestOneBit(size - 1);
        if (index < split) {
            path(tree, index, start, start + split, out);
            out.add(tree.hash(start + split, end));
        } else {
            path(tree, index - split, start + split, end, out);
            out.add(tree.hash(start, start + split));
        }
    }

    /** PROOF(m, D[n]): that the tree of the first {@code first} leaves is a prefix of the tree of {@code second}. */
    public static List<byte[]> consistency(SubtreeHashes tree, long first, long second) {
        if (first <= 0 || first > second) {
            throw new IllegalArgumentException("No consistency proof from " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first < second) {
            subproof(tree, first, 0, second, true, proof);
        }
        return proof;
    }

    private static void subproof(SubtreeHashes tree, long m, long start, long end, boolean whole, List<byte[]> out) {
        long size = end - start;
        if (m == size) {
            if (!whole) {
                out.add(tree.hash(start, end));
            }
            return;
        }
        long split = Long.highestOneBit(size - 1);
        if (m <= split) {
            subproof(tree, m, start, start + split, whole, out);
            out.add(tree.hash(start + split, end));
        } else {
            subproof(tree, m - split, start + split, end, false, out);
            out.add(tree.hash(start, start + split));
        }
    }

    /** RFC 9162 section 2.1.3.2: does {@code leafHash} sit at {@code index} of the tree with this root? */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /** RFC 9162 section 2.1.4.2: is the tree of {@code first} leaves with {@code firstRoot} a prefix of the second? */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
                                            List<byte[]> proof) {
        if (first <= 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHash.node(c, fr);
                sr = MerkleHash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }
}
