package cl.redlim.audit.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The hashes of RFC 9162 section 2.1.1 (as RFC 6962): SHA-256, with a one-byte prefix that keeps leaves and nodes apart. */
public final class MerkleHash {

    public static final int SIZE = 32;
    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    private MerkleHash() {
    }

    /** MTH({}): the hash of the empty tree, SHA-256 of nothing. */
    public static byte[] empty() {
        return sha256().digest();
    }

    /** MTH({d}) = SHA-256(0x00 || d). */
    public static byte[] leaf(byte[] leafInput) {
        MessageDigest digest = sha256();
        digest.update(LEAF);
        return digest.digest(leafInput);
    }

    /** SHA-256(0x01 || left || right). */
    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update(NODE);
        digest.update(left);
        return digest.digest(right);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
