package cl.redlim.document.command;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Per-signer Ed25519 keys for advanced electronic signatures. The key pair is generated on a signer's first
 * signature and kept in the {@link SignerKeyVault}; each signature event records the public key, so verification
 * needs nothing but the events. The private key never leaves the command side.
 */
public class SignerKeys {

    public static final String ALGORITHM = "Ed25519";

    private final SignerKeyVault vault;

    public SignerKeys(SignerKeyVault vault) {
        this.vault = vault;
    }

    /** Signs the data with the signer's key, creating the key on first use. */
    public Signed sign(String signer, String data) {
        String[] pair = vault.find(signer).orElseGet(() -> vault.putIfAbsent(signer, generate())).split("\n");
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pair[1].strip())));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(data.getBytes(StandardCharsets.UTF_8));
            return new Signed(ALGORITHM, pair[0].strip(), Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the key of " + signer, e);
        }
    }

    private static String generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n"
                    + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param publicKey X.509 SubjectPublicKeyInfo, Base64; {@code signature} Base64 */
    public record Signed(String algorithm, String publicKey, String signature) {
    }
}
