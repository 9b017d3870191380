package cl.redlim.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * Secrets kept in files (signing keys): written once, owner-only, and never replaced. Several instances may share
 * the folder; the first to write wins and the others read its secret.
 */
public final class SecretFiles {

    private SecretFiles() {
    }

    /** The file's content, writing {@code generated} there first if the file does not exist yet. */
    public static String readOrCreate(Path file, Supplier<String> generated) {
        try {
            if (!Files.exists(file)) {
                Path folder = file.toAbsolutePath().getParent();
                Files.createDirectories(folder);
                Path temp = Files.createTempFile(folder, "secret-", ".part");
                try {
                    ownerOnly(temp);
                    Files.writeString(temp, generated.get(), StandardCharsets.UTF_8);
                    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                        channel.force(true);
                    }
                    // a hard link fails if the name exists, where a rename would replace a secret already in use
                    Files.createLink(file, temp);
                } catch (FileAlreadyExistsException e) {
                    // another instance wrote it first: that secret is the one
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the folder's own protection applies
        }
    }
}
