package cl.redlim.audit.log;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * A signed tree head: the log's size, its root hash and when it was signed, with an Ed25519 signature over the
 * RFC 6962 {@code TreeHeadSignature} structure (version 0, signature type 1, timestamp and tree size as unsigned
 * 64-bit big-endian integers, then the 32-byte root: 50 bytes in all).
 *
 * @param treeSize  how many leaves the tree has
 * @param rootHash  MTH of those leaves, 32 bytes
 * @param timestamp milliseconds since the epoch, UTC
 * @param signature Ed25519 signature of {@link #signedBytes()}, or {@code null} while unsigned
 */
public record TreeHead(long treeSize, byte[] rootHash, long timestamp, byte[] signature) {

    public static final String ALGORITHM = "Ed25519";
    private static final byte VERSION_V1 = 0;
    private static final byte TREE_HASH = 1;

    public TreeHead {
        if (treeSize < 0 || rootHash == null || rootHash.length != MerkleHash.SIZE) {
            throw new IllegalArgumentException("A tree head needs a size and a 32-byte root hash");
        }
    }

    /** The 50 bytes the signature covers. */
    public byte[] signedBytes() {
        return ByteBuffer.allocate(2 + 8 + 8 + MerkleHash.SIZE)
                .put(VERSION_V1).put(TREE_HASH).putLong(timestamp).putLong(treeSize).put(rootHash)
                .array();
    }

    public TreeHead sign(PrivateKey key) {
        try {
            Signature ed25519 = Signature.getInstance(ALGORITHM);
            ed25519.initSign(key);
            ed25519.update(signedBytes());
            return new TreeHead(treeSize, rootHash, timestamp, ed25519.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the tree head", e);
        }
    }

    public boolean verify(PublicKey key) {
        if (signature == null) {
            return false;
        }
        try {
            Signature ed25519 = Signature.getInstance(ALGORITHM);
            ed25519.initVerify(key);
            ed25519.update(signedBytes());
            return ed25519.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** A public key from its X.509 SubjectPublicKeyInfo in Base64, as the log publishes it. */
    public static PublicKey publicKey(String base64SubjectPublicKeyInfo) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64SubjectPublicKeyInfo.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key (Base64 X.509 SubjectPublicKeyInfo)", e);
        }
    }
}
