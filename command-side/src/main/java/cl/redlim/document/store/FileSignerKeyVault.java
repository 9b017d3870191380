package cl.redlim.document.store;

import cl.redlim.document.command.SignerKeyVault;
import cl.redlim.platform.SecretFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Signer keys as owner-only files in a folder, one per signer (named by the hash of the signer's id, so any id is a
 * safe file name). A key is written to a temporary file and linked into place only if the signer has none.
 */
final class FileSignerKeyVault implements SignerKeyVault {

    private final Path dir;

    FileSignerKeyVault(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
    }

    @Override
    public Optional<String> find(String signer) {
        Path file = fileOf(signer);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized String putIfAbsent(String signer, String encodedKeyPair) {
        return SecretFiles.readOrCreate(fileOf(signer), () -> encodedKeyPair);
    }

    private Path fileOf(String signer) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(signer.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(hash) + ".key");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
