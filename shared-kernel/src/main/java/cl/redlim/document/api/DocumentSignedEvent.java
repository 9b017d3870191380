package cl.redlim.document.api;

import java.time.Instant;

/**
 * An advanced electronic signature on one version: {@code signature} is the signer's Ed25519 signature over the
 * UTF-8 bytes of {@code signedData}, which names the content's SHA-256 (see {@link SignedData}); {@code publicKey}
 * is the signer's public key (X.509 SubjectPublicKeyInfo, Base64), recorded so anyone can verify it later.
 */
public record DocumentSignedEvent(String documentId, int version, String signer, String signerName,
                                  String signerPosition, String algorithm, String publicKey, String signedData,
                                  String signature, Instant signedAt) {
}
