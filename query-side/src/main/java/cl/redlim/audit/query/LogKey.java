package cl.redlim.audit.query;

import cl.redlim.platform.SecretFiles;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The log's Ed25519 key, which signs tree heads. Given as a Base64 PKCS#8 private key (a secret in production), or
 * kept in a file that is generated, owner-only, on first start. The public key is published; its id is the Base64
 * SHA-256 of its X.509 SubjectPublicKeyInfo, as RFC 6962 names a log.
 */
public final class LogKey {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private LogKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static LogKey of(String base64Pkcs8) {
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey key = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Pkcs8.strip())));
            if (!(key instanceof EdECPrivateKey edKey)
                    || !NamedParameterSpec.ED25519.getName().equals(((NamedParameterSpec) edKey.getParams()).getName())) {
                throw new IllegalArgumentException("not an Ed25519 key");
            }
            return new LogKey(key, derivePublic(key));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("redlim.audit.log-key is not a Base64 PKCS#8 Ed25519 private key", e);
        }
    }

    public static LogKey inFile(Path file) {
        return of(SecretFiles.readOrCreate(file, () -> generate() + "\n"));
    }

    /** A new key in Base64 PKCS#8, e.g. for tests or for an operator to store as a secret. */
    public static String generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PublicKey derivePublic(PrivateKey key) throws GeneralSecurityException {
        // the JDK derives no public key from an EdDSA private key; a PKCS#8 v1 key carries only the seed, so the
        // pair is regenerated from the seed with a fixed "random" source that returns it
        byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow();
        KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
        generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
        return generator.generateKeyPair().getPublic();
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key's X.509 SubjectPublicKeyInfo, Base64. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    public String keyId() {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hands the key generator the seed as its only randomness. */
    private static final class SeedRandom extends java.security.SecureRandom {
        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
