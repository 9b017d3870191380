package cl.redlim.document.store;

import cl.redlim.document.api.ContentHash;
import cl.redlim.document.command.ContentStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Contents as files {@code <dir>/ab/cd/<sha256>}: written to a temporary file while hashing, forced to disk, then
 * moved into place atomically (and the folder forced), so a file under its hash is always complete. An existing file
 * is never written again.
 */
final class FileContentStore implements ContentStore {

    private final Path root;
    private final Path incoming;

    FileContentStore(Path root) throws IOException {
        this.root = root;
        this.incoming = root.resolve("incoming");
        Files.createDirectories(incoming);
    }

    @Override
    public Stored put(InputStream content) throws IOException {
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest digest = ContentHash.digest();
            long size;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new DigestOutputStream(java.nio.channels.Channels.newOutputStream(channel), digest)) {
                size = content.transferTo(out);
                out.flush();
                channel.force(true);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha256);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                    if (!Files.exists(target)) {
                        throw e;
                    }
                }
                force(target.getParent());
            }
            return new Stored(sha256, size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return ContentHash.isValid(sha256) && Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public long size(String sha256) throws IOException {
        return contains(sha256) ? Files.size(pathOf(sha256)) : -1;
    }

    @Override
    public Optional<InputStream> open(String sha256) throws IOException {
        return contains(sha256) ? Optional.of(Files.newInputStream(pathOf(sha256))) : Optional.empty();
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** Forces a folder's entries to disk; where the platform cannot open folders, the move is as durable as it gets. */
    private static void force(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel
        }
    }
}
