package cl.redlim.document.command;

import java.util.Optional;

/**
 * Holds each signer's key pair (encoded as text by {@link SignerKeys}). A signer's key is created once: when two
 * signatures race to create it, the first stored wins and both use it.
 */
public interface SignerKeyVault {

    Optional<String> find(String signer);

    /** Stores the key unless the signer has one; answers the key the signer now has. */
    String putIfAbsent(String signer, String encodedKeyPair);
}
