package cl.redlim.document.query;

import cl.redlim.document.api.SignedData;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Checks a recorded signature as any third party could: the signed data must name the content hash, and the
 * signature must verify over it with the recorded public key.
 */
final class SignatureCheck {

    private SignatureCheck() {
    }

    static boolean valid(String algorithm, String publicKey, String signedData, String signature, String sha256) {
        if (!"Ed25519".equals(algorithm) || !SignedData.covers(signedData, sha256)) {
            return false;
        }
        try {
            PublicKey key = KeyFactory.getInstance(algorithm)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key);
            verifier.update(signedData.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
