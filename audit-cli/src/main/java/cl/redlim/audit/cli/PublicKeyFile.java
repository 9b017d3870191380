package cl.redlim.audit.cli;

import cl.redlim.audit.log.TreeHead;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;

/**
 * The log's public key: the JSON of {@code GET /api/v1/public/log/key} ({@code {"algorithm":"Ed25519",
 * "publicKey":"<Base64 SubjectPublicKeyInfo>",...}}), or a file holding just that Base64 (or it as PEM).
 */
record PublicKeyFile(PublicKey key, String keyId) {

    static PublicKeyFile read(Path path) {
        String text;
        try {
            text = Files.readString(path).strip();
        } catch (IOException e) {
            throw new InputException("Cannot read the public key " + path, e);
        }
        String base64 = text;
        if (text.startsWith("{")) {
            try {
                JsonNode json = new ObjectMapper().readTree(text);
                String algorithm = json.path("algorithm").asText(TreeHead.ALGORITHM);
                if (!TreeHead.ALGORITHM.equalsIgnoreCase(algorithm)) {
                    throw new InputException("The key in " + path + " is " + algorithm + ", not Ed25519");
                }
                base64 = json.path("publicKey").asText("");
            } catch (IOException e) {
                throw new InputException("The public key file " + path + " is not JSON", e);
            }
        } else if (text.startsWith("-----BEGIN PUBLIC KEY-----")) {
            base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        }
        try {
            PublicKey key = TreeHead.publicKey(base64);
            return new PublicKeyFile(key, keyId(key));
        } catch (IllegalArgumentException e) {
            throw new InputException("No Ed25519 public key in " + path, e);
        }
    }

    /** Base64 SHA-256 of the SubjectPublicKeyInfo: how the log names its key. */
    static String keyId(PublicKey key) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
