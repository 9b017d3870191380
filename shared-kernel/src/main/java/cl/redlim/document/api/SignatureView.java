package cl.redlim.document.api;

import java.time.Instant;

/**
 * A recorded signature. {@code valid} is set by verification: the signature checks against the recorded public key
 * and its signed data names the content hash; null where nothing was checked.
 */
public record SignatureView(String signer, String signerName, String signerPosition, String algorithm,
                            String publicKey, String signedData, String signature, Instant signedAt, Boolean valid) {
}
