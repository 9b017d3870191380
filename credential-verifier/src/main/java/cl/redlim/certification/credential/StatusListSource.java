package cl.redlim.certification.credential;

import java.util.Optional;

/**
 * Finds the status list credential (a VC-JWT) a credential's {@code statusListCredential} URL names. Empty when it
 * cannot be had (offline, unknown URL, network failure): the verifier then reports the status as unknown.
 */
@FunctionalInterface
public interface StatusListSource {

    Optional<String> find(String statusListCredentialUrl);

    /** For a verifier without any status list: every status is unknown. */
    static StatusListSource none() {
        return url -> Optional.empty();
    }

    /** One status list at hand (e.g. a file given to the offline verifier), whatever the URL; its id is checked. */
    static StatusListSource of(String statusListJwt) {
        return url -> Optional.of(statusListJwt);
    }
}
