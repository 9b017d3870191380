package cl.redlim.certification.credential;

import java.util.Map;

/**
 * A signed certificate: {@code jwt} is the credential as the holder keeps it and a verifier checks it (media type
 * {@code application/vc+jwt}); {@code credential} is its payload, the Open Badges 3.0 JSON, for display.
 */
public record IssuedCredential(String id, String jwt, Map<String, Object> credential, String verificationUrl) {
}
